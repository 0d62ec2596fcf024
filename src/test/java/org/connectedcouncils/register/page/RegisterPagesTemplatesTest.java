package org.connectedcouncils.register.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.page.PageTestViews.HOSTILE;

import java.util.Map;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** The entry page, editor and import page through real Velocity with Confluence-like escaping and hostile text. */
public class RegisterPagesTemplatesTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final String ESCAPED = ConfluenceLikeEscaping.escape(HOSTILE);

    @Test
    public void entryPage_showsEveryFieldEscapedWithThePublishedEntrysActions() {
        String html = render(RegisterPages.ENTRY, PageTestViews.entry(EntryState.PUBLISHED));

        assertNoMarkup(html);
        assertThat(html).contains("Name " + ESCAPED, "Summary " + ESCAPED, "Description " + ESCAPED,
                "Second paragraph " + ESCAPED, "Outcomes " + ESCAPED, "contact " + ESCAPED, "Council " + ESCAPED,
                "Waste " + ESCAPED, "£12,500.00", "£3,000.00", "£40,000.00", "case-management");
        assertThat(html).contains("data-action=\"confirm\"", "data-action=\"retire\"",
                "form class=\"aui cc-entry-retire\"", ">Edit</a>", ">Export publiccode.yml</a>",
                ">Add to the register</a>");
        assertThat(html).doesNotContain("data-action=\"publish\"", "data-action=\"delete\"", "javascript:");
        assertThat(html).contains("href=\"https://example.org/repo?a=1&amp;b=&#39;2&#39;\"");
    }

    @Test
    public void entryPage_offersPublishAndDeleteForADraftAndNoRetirement() {
        String html = render(RegisterPages.ENTRY, PageTestViews.entry(EntryState.DRAFT));

        assertThat(html).contains("data-action=\"publish\"", "data-action=\"delete\"", ">Draft</span>");
        assertThat(html).doesNotContain("data-action=\"retire\"", "cc-entry-retire", "data-action=\"confirm\"");
    }

    @Test
    public void entryPage_listsAPageOfHistoryNewestFirstWithEscapedValuesAndPagerLinks() {
        String html = render(RegisterPages.ENTRY, PageTestViews.entry(EntryState.PUBLISHED));

        assertThat(html).contains("Changes 26 to 27 of 60, newest first.", "Old " + ESCAPED, "New " + ESCAPED,
                "user " + ESCAPED, "<td>Name</td>", "Adoption (E09000012)");
        assertThat(html).contains("href=\"/CC-12?history=0#e-history\">Newer changes</a>",
                "href=\"/CC-12?history=50#e-history\">Older changes</a>");
        assertThat(html.indexOf("Old " + ESCAPED)).isLessThan(html.indexOf("Adoption (E09000012)"));
    }

    @Test
    public void entryPage_carriesTheDeclareFormWithAdoptionDetails() {
        String html = render(RegisterPages.ENTRY, PageTestViews.entry(EntryState.PUBLISHED));

        assertThat(html).contains("<form class=\"aui cc-solution-declare\" hidden=\"\">", "name=\"release\"",
                "name=\"hosting\"", "name=\"supplier\"", "name=\"annualSaving\"", "<option value=\"E09000012\">");
    }

    @Test
    public void editor_labelsEveryFieldAndEscapesTheHeadingAndChoices() {
        String html = render(RegisterPages.EDITOR, PageTestViews.editor());

        assertNoMarkup(html);
        assertThat(html).contains("Edit CC-12: Name " + ESCAPED, "Council " + ESCAPED, "Waste " + ESCAPED,
                "data-mode=\"edit\"", "data-key=\"CC-12\"", ">Save changes</button>");
        for (String field : ImportPageView.FIELDS) {
            assertThat(html).as(field).contains("data-error-for=\"" + field + "\"");
        }
        for (String reuse : new String[] {"support", "contact", "procurementRoute", "dpiaAvailable", "dpiaUrl",
                "accessibilityStatementUrl", "hostingOptions", "adoptionOneOffCost", "adoptionAnnualCost",
                "adopterNeeds"}) {
            assertThat(html).as(reuse).contains("name=\"reuse." + reuse + "\"");
        }
        assertThat(count(html, "<label for=")).isGreaterThanOrEqualTo(count(html, "<input class=\"text"));
    }

    @Test
    public void importPage_escapesChoicesAndCarriesTheFieldLabelsForTheDryRun() {
        String html = render(RegisterPages.IMPORT, PageTestViews.importer());

        assertNoMarkup(html);
        assertThat(html).contains("Council " + ESCAPED, "data-rest=\"/rest/import/publiccode\"",
                "data-text-field-ownerCouncil=\"Owner council\"", "type=\"file\"", "cc-import-yaml");
    }

    private static void assertNoMarkup(String html) {
        assertThat(html).doesNotContain("<script", "alert(\"x\")");
    }

    private static String render(String template, Object view) {
        return VELOCITY.render(template, Map.of("view", view, "i18n", new TemplateText(new PropertiesMessages())));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
