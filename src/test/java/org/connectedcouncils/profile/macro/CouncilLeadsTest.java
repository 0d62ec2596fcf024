package org.connectedcouncils.profile.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The profile's offers to lead on real Velocity: the list with levels, the editors' form, names escaped. */
public class CouncilLeadsTest {

    static final CouncilCode BRIGHTON = CouncilCode.of("E06000043");
    private static final String TEMPLATE = "templates/profile/council-leads.vm";
    private final DisplayText text = new DisplayText(new PropertiesMessages());
    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();

    /** Brighton offers to lead in waste (level 3), not in housing; another council's offer is left out. */
    public static CouncilLeads leads(DisplayText text, String areaName, String councilName, boolean editable) {
        Council council = new Council(BRIGHTON, councilName, CouncilType.UNITARY, "", false);
        CouncilMaturity maturity = new CouncilMaturity(council, List.of(
                new CouncilMaturity.Bar(new ServiceArea("waste", areaName, false), null, null),
                new CouncilMaturity.Bar(new ServiceArea("housing", areaName + " housing", false), null, null)),
                Map.of());
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        return CouncilLeads.of("l", maturity, List.of(
                new Leader(BRIGHTON, councilName, "waste", areaName, MaturityLevel.of(3).orElseThrow(), at),
                new Leader(CouncilCode.of("E09000012"), "Hackney", "parks", "Parks", null, at)), editable, text);
    }

    private String render(CouncilLeads leads) {
        return velocity.render(TEMPLATE, Map.of("leads", leads, "i18n", new TemplateText(new PropertiesMessages())));
    }

    @Test
    public void editors_seeTheirOffersWithLevels_aWithdrawButtonEach_andTheAreasLeftToOffer() {
        CouncilLeads leads = leads(text, "Waste <b>bins</b>", "Brighton", true);

        String html = render(leads);

        assertThat(leads.offers()).extracting(CouncilLeads.Offer::code).containsExactly("waste");
        assertThat(leads.choices()).extracting(CouncilLeads.Choice::code).containsExactly("housing");
        assertThat(html).contains("Waste &lt;b&gt;bins&lt;/b&gt;", "Level 3: End-to-end digital", "cc-lead-withdraw",
                "aria-label=\"Withdraw the offer to lead in Waste &lt;b&gt;bins&lt;/b&gt;\"",
                "<option value=\"housing\">Waste &lt;b&gt;bins&lt;/b&gt; housing</option>", "role=\"status\"",
                "<label for=\"l-area\">Service area</label>").doesNotContain("<b>bins", "Parks");
    }

    @Test
    public void readers_seeTheOffersOnly_andANoteWhenThereAreNone() {
        String html = render(leads(text, "Waste", "Brighton", false));
        CouncilLeads none = CouncilLeads.of("n", new CouncilMaturity(new Council(BRIGHTON, "Brighton",
                CouncilType.UNITARY, "", false), List.of(), Map.of()), List.of(), false, text);

        assertThat(html).contains("Waste", "Level 3").doesNotContain("<form", "<button", "role=\"status\"");
        assertThat(render(none)).contains("does not offer to lead in any service area yet");
    }
}
