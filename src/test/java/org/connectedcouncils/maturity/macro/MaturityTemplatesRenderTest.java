package org.connectedcouncils.maturity.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.MapCouncils;
import org.connectedcouncils.security.XssPayloads;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The maturity templates on real Velocity with Confluence-like escaping: the pictures, tables and hostile text. */
public class MaturityTemplatesRenderTest {

    private final VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
    private final DisplayText text = new DisplayText(new PropertiesMessages());

    private String render(String template, Object view) {
        return velocity.render(template, Map.of("view", view, "i18n", new TemplateText(new PropertiesMessages())));
    }

    @Test
    public void heatMap_drawsANumberedCellPerCouncilAndArea_andTheSameAsATable() {
        String html = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.heatMap("Waste", "Brighton"),
                text, true));

        assertThat(html).contains("<svg", "role=\"img\"", "aria-labelledby=\"m-title\"", "<table");
        assertThat(html).contains(">3</text>", ">1</text>", ">5</text>", "fill=\"#74a9cf\"");
        assertThat(html).contains("<td>3 End-to-end digital</td>", "<td>\u2013</td>");
        assertThat(html).contains("Councils: Unitary authority, all nations.");
        // Rows are groups moved down by HEADER + n x ROW; a cell is placed by x alone. Columns go by the reader's
        // names in their order: Housing (Hackney's 5) first at 220 + 1, Waste second at 220 + 30 + 1.
        assertThat(html).contains("<g transform=\"translate(0 150)\">", "<g transform=\"translate(0 176)\">",
                "<rect x=\"221\" y=\"1\" width=\"28\" height=\"24\" fill=\"#023858\"",
                "<text x=\"221\" dx=\"14\" y=\"18\" text-anchor=\"middle\" fill=\"#ffffff\"",
                "<rect x=\"251\" y=\"1\" width=\"28\" height=\"24\" fill=\"#74a9cf\"");
    }

    @Test
    public void heatMapOnScreen_sendsTheLegendAndTheTable_andLeavesThePictureToTheBrowser() {
        String html = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.heatMap("Waste", "Brighton"),
                text, false));

        assertThat(html).doesNotContain("<svg", "<rect", "<script");
        assertThat(html).contains("class=\"cc-maturity-scroll cc-maturity-canvas\" tabindex=\"0\" role=\"region\" "
                + "aria-labelledby=\"m-title\" data-title-id=\"m-title\" data-fill=\"#ffffff\" data-ink=\"#595959\"");
        // what web/maturity/heat-map.js reads: the colours per level from the legend, the levels from the table
        assertThat(html).contains(
                "data-level=\"3\" data-name=\"End-to-end digital\" data-fill=\"#74a9cf\" data-ink=\"#172b4d\"",
                "<td>3 End-to-end digital</td>", "<td>\u2013</td>", "<th scope=\"col\" data-area=\"waste\">Waste</th>");
        assertThat(html).as("one page holds every council: no pager").doesNotContain("cc-maturity-pager")
                .contains("Showing councils 1 to 2 of 2 that have assessed.");
    }

    @Test
    public void heatMapOnScreen_aPageOfMany_hasAKeyboardPagerAndWhatTheScriptAsksRestFor() {
        String html = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.pagedHeatMap("Waste",
                "Brighton", 1234), text, false));

        assertThat(html).contains("<nav class=\"cc-maturity-pager\" aria-label=\"Pages of councils\">",
                "<button type=\"button\" class=\"aui-button cc-maturity-previous\" data-step=\"-1\">"
                        + "Previous councils",
                "<button type=\"button\" class=\"aui-button cc-maturity-next\" data-step=\"1\">Next councils",
                "<p class=\"cc-maturity-showing\" role=\"status\">Showing councils 1 to 2 of 1,234 that have "
                        + "assessed.</p>",
                "data-rest=\"/rest/connected-councils/1.0/maturity/heat-map\" data-type=\"unitary\" "
                        + "data-nation=\"\" data-councils=\"assessed\" "
                        + "data-start=\"0\" data-page-size=\"2\" data-total=\"1234\"",
                "data-text-showing=\"Showing councils {0} to {1} of {2} that have assessed.\"");
        HeatMap paged = MaturityTemplates.pagedHeatMap("Waste", "Brighton", 1234);
        HeatMap every = new HeatMap(new HeatMapFilter(CouncilType.UNITARY, null, MapCouncils.ALL), paged.areas(),
                paged.rows(), 0, 2, 1234);
        assertThat(render(MaturityViews.MAP, MaturityViews.map("m", every, text, false))).as("every council")
                .contains("Showing councils 1 to 2 of 1,234.</p>", "data-councils=\"all\"",
                        "data-text-showing=\"Showing councils {0} to {1} of {2}.\"");
        assertThat(html).doesNotContain("cc-maturity-online");
    }

    @Test
    public void heatMapExport_aPageOfMany_saysWhichCouncilsItShowsAndWhereTheRestAreOnline() {
        String withPage = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.pagedHeatMap("Waste",
                "Brighton", 30), text, true, "https://wiki.example.org/pages/viewpage.action?pageId=5"));
        String withoutPage = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.pagedHeatMap(
                "Waste", "Brighton", 30), text, true));

        assertThat(withPage).contains("Showing councils 1 to 2 of 30 that have assessed.", "every council is on the page online: "
                + "<a href=\"https://wiki.example.org/pages/viewpage.action?pageId=5\">")
                .doesNotContain("<button", "cc-maturity-pager", "<script");
        assertThat(withoutPage).contains("Showing councils 1 to 2 of 30 that have assessed.",
                "open the page in Confluence to see every council.").doesNotContain("<a href");
    }

    @Test
    public void profile_drawsABarPerAreaBesideTheMedian_andListsEvidenceAndReviews() {
        String html = render(MaturityViews.BARS, MaturityViews.profile("p",
                MaturityTemplates.profile("Waste", "Brighton", "Bins booked online"), new org.connectedcouncils
                        .common.macro.SolutionPages(""), text));

        assertThat(html).contains("width=\"180\"", "x1=\"370\"", "level 3 (median 2.5)", "Not assessed");
        assertThat(html).contains("/plugins/servlet/connected-councils/solutions/CC-3", "Questioned",
                "0 endorsed, 1 questioned", "Bins booked online");
        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    public void profile_comparedWithinTheNation_saysSoInTheSubtitle() {
        String html = render(MaturityViews.BARS, MaturityViews.profile("p",
                MaturityTemplates.profile("Waste", "Brighton", "Bins booked online"), new org.connectedcouncils
                        .common.macro.SolutionPages(""), text, true));

        assertThat(html).contains("councils in England.");
    }

    @Test
    public void impact_drawsAPrintedBarPerCurrency_andEachFigureWithHowItWasComputed() {
        String html = render(ImpactMacro.TEMPLATE, ImpactView.of("i", MaturityTemplates.impact("Waste", "Brighton",
                "Fewer missed bins"), "Published entries.", code -> "Hackney", text));

        assertThat(html).contains("<svg", "role=\"img\"", "aria-labelledby=\"i-title\"", "<table", "<caption");
        assertThat(html).contains("Waste (EUR)", "Waste (GBP)", "\u00a31,000.00 reuse savings a year",
                "\u20ac0.00 reuse savings a year");
        assertThat(html).contains("Sum over 1 entry", "Each saving times its confirmed users: 1 adoption",
                "Sum of 1 report, not added to the owners&#39; savings", "\u20ac300.00");
        assertThat(html).contains("Reuse saving: \u00a31,000.00 times 1 council = \u00a31,000.00 (Hackney)",
                "Fewer missed bins", "None stated.", "One-off cost \u00a35,000.00; running cost \u00a3200.00 a year");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    public void leaders_listTheCouncilsPerAreaWithTheirLevel_boundedWithANote() {
        String html = render(LeadersMacro.TEMPLATE, LeadersView.of("l", MaturityTemplates.leaders("Waste",
                "Brighton"), 2, text));

        assertThat(html).contains("<caption>Waste</caption>", "Brighton <span class=\"cc-key\">E06000043</span>",
                "<td>Level 3: End-to-end digital</td>", "<td>Not assessed</td>",
                "Showing the first 2 of 3 offers to lead.").doesNotContain("Zoos", "<script");
        assertThat(LeadersView.of("l", MaturityTemplates.leaders("Waste", "Brighton"), 25, text).areas())
                .extracting(LeadersView.Area::name).containsExactly("Waste", "Zoos");
    }

    @Test
    public void leaders_listTheCommitmentsAcrossCouncils_withGroupLinksAndANote() {
        String html = render(LeadersMacro.TEMPLATE, LeadersView.of("l", MaturityTemplates.leaders("Waste",
                "Brighton"), 2, text).withCommitments(MaturityTemplates.commitments("Brighton", "Bins forum"),
                new org.connectedcouncils.common.macro.SolutionPages("https://wiki.example.org"), text));

        assertThat(html).contains("<table class=\"aui cc-commitments-table\"",
                "<tr data-council=\"E06000043\"><th scope=\"row\">Brighton <span class=\"cc-key\">E06000043</span>",
                "<td>Bins forum</td>", "Made on 1 Jun 2026",
                "<a href=\"https://wiki.example.org/pages/viewpage.action?pageId=77\">Bins forum</a>",
                "Working group WG-9 no longer exists", "Showing the newest 3 of 4 commitments.")
                .doesNotContain("<script", "<button", "<form");
    }

    @Test
    public void heatMapOnScreen_aPageWithHostileCouncilAndAreaNames_escapesThemInTheTableAndTheScriptsData() {
        for (String payload : XssPayloads.ALL) {
            String html = render(MaturityViews.MAP, MaturityViews.map("m", MaturityTemplates.pagedHeatMap(payload,
                    payload, 30), text, false));
            assertThat(html).as(payload).contains("cc-maturity-pager").doesNotContain("<script", "<img",
                    "\" onmouseover=", "<iframe", "<svg onload", XssPayloads.EVALUATED + "(");
        }
    }

    @Test
    public void everyPayloadInEveryField_isEscaped() {
        for (String payload : XssPayloads.ALL) {
            MaturityTemplates.views(text, payload, payload, payload).forEach((template, view) -> {
                String html = render(template, view);
                assertThat(html).as(template + " with " + payload).doesNotContain("<script", "<img", "\" onmouseover=", "<iframe",
                        "<svg onload", XssPayloads.EVALUATED + "(");
            });
        }
    }
}
