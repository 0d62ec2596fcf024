package org.connectedcouncils.maturity.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.register.domain.ImpactEntry;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RequestLocale;

/** The impact of reuse names service areas in Welsh for Welsh readers, in English without a Welsh name (#25). */
public class ImpactWelshNamesTest {

    private static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final Map<String, String> ENGLISH = Map.of("waste", "Waste and recycling", "housing", "Housing");
    private static final Map<String, String> WELSH = Map.of("waste", "Gwastraff ac ailgylchu");

    private static ImpactRollup rollup() {
        List<ImpactEntry> entries = List.of(
                new ImpactEntry(SolutionKey.of(1), "Bins", BRIGHTON, List.of("waste", "housing"), "GBP", 100_000L,
                        null, null, null, List.of()));
        return ImpactRollup.of(new ImpactFilter(ImpactGrouping.AREA, null, null), entries, ENGLISH::get,
                WELSH::get, Map.of(BRIGHTON, "Brighton and Hove"));
    }

    private static ImpactView view(java.util.Locale locale) {
        ImpactRollup rollup = rollup();
        return ImpactView.of("i", rollup, "", code -> rollup.councilName(CouncilCode.of(code)),
                new DisplayText(new PropertiesMessages(() -> locale)));
    }

    @Test
    public void welshReaders_seeTheWelshAreaName_orTheEnglishWithoutOne() {
        ImpactView view = view(RequestLocale.WELSH);

        assertThat(view.table()).extracting(ImpactView.TableRow::group)
                .containsExactlyInAnyOrder("Gwastraff ac ailgylchu", "Housing");
    }

    @Test
    public void englishReaders_keepTheEnglishNames() {
        ImpactView view = view(RequestLocale.ENGLISH);

        assertThat(view.table()).extracting(ImpactView.TableRow::group)
                .containsExactlyInAnyOrder("Waste and recycling", "Housing");
    }
}
