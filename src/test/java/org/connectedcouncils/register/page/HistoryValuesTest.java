package org.connectedcouncils.register.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.testing.PropertiesMessages;
import org.junit.Test;

/** The History's stored codes read as words in the reader's language; free text and unknown codes as stored. */
public class HistoryValuesTest {

    private static final Map<String, String> ENGLISH_AREAS = Map.of("waste", "Waste and recycling", "housing",
            "Housing");
    private static final Map<String, String> WELSH_AREAS = Map.of("waste", "Gwastraff ac ailgylchu", "housing",
            "Tai");

    private final HistoryValues english = new HistoryValues(text(Locale.UK), ENGLISH_AREAS::get);
    private final HistoryValues welsh = new HistoryValues(text(new Locale("cy", "GB")), WELSH_AREAS::get);

    @Test
    public void codes_readAsTheirLabels_inTheReadersLanguage() {
        assertThat(english.shown(false, "phase", "alpha")).isEqualTo("Alpha");
        assertThat(welsh.shown(false, "phase", "live")).isEqualTo("Byw");
        assertThat(welsh.shown(false, "offers", "share-ideas, co-fund")).isEqualTo("Rhannu syniadau, Cyd-ariannu");
        assertThat(welsh.shown(true, "state", "evaluating")).isEqualTo("Yn gwerthuso");
        assertThat(english.shown(true, "state", "using")).isEqualTo("Using");
    }

    @Test
    public void serviceAreas_readByTheNameTheReaderReads_anAreaGoneByItsCode() {
        assertThat(welsh.shown(false, "serviceAreas", "waste, housing, cemeteries"))
                .isEqualTo("Gwastraff ac ailgylchu, Tai, cemeteries");
        assertThat(english.shown(false, "serviceAreas", "housing")).isEqualTo("Housing");
    }

    @Test
    public void freeTextAndUnknownCodes_readAsStored() {
        assertThat(welsh.shown(false, "summary", "live")).isEqualTo("live");
        assertThat(welsh.shown(false, "phase", "pilot")).isEqualTo("pilot");
        assertThat(welsh.shown(true, "evidenceUrl", "using")).isEqualTo("using");
        assertThat(welsh.shown(false, "phase", null)).isNull();
    }

    private static RegisterText text(Locale locale) {
        return new RegisterText(new DisplayText(new PropertiesMessages(() -> locale)));
    }
}
