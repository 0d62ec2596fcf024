package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.workinggroup.macro.GroupMacroTestData.HOSTILE_COUNCIL;
import static org.connectedcouncils.workinggroup.macro.GroupMacroTestData.HOSTILE_NAME;
import static org.connectedcouncils.workinggroup.macro.GroupMacroTestData.HOSTILE_TEXT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupCard;
import org.junit.Test;

/** One real Velocity 1.7 render per working-group template, with Confluence-like escaping and hostile data. */
public class WorkingGroupTemplatesTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private final PropertiesMessages messages = new PropertiesMessages();
    private final DisplayText text = new DisplayText(messages);

    @Test
    public void workingGroup_escapesUserDataAndOffersToJoinOnlyForTheCouncilsGiven() {
        WorkingGroupView view = WorkingGroupView.of("cc-working-group-1", GroupMacroTestData.card(false,
                Set.of(SolutionTestData.LEEDS)), OutputMode.INTERACTIVE, new SolutionPages("/confluence"), text);

        String html = render(WorkingGroupMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains(escaped(HOSTILE_NAME), escaped(HOSTILE_TEXT), escaped(HOSTILE_COUNCIL),
                "data-rest=\"/rest/connected-councils/1.0/working-groups/WG-3\"",
                "class=\"aui-lozenge aui-lozenge-moved cc-rag-amber\">Amber</span>",
                "<option value=\"E08000035\">Leeds City Council</option>", "Request to join",
                "<a href=\"/confluence/plugins/servlet/connected-councils/solutions/CC-12\">CC-12</a>",
                "Showing 2 of 5.", "Co-development", "London Borough of Hackney");
        assertThat(html).as("a javascript: cadence is text, never a link")
                .contains("<dd>javascript:alert(document.cookie)</dd>").doesNotContain("href=\"javascript:");
    }

    @Test
    public void workingGroup_showsTheLeadsPanelWithEscapedRequestsInvitationsAndDetails() {
        WorkingGroupView view = WorkingGroupView.of("g", GroupMacroTestData.panelCard(true), OutputMode.INTERACTIVE,
                new SolutionPages(""), text);

        String html = render(WorkingGroupMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains("class=\"cc-wg-lead-panel\"", "<form class=\"aui cc-wg-decide\" data-id=\"7\">",
                "Leeds City Council", "Invited as observer", "data-typeahead=\"councils\"",
                "data-typeahead=\"solutions\"", "<tr data-council=\"E09000012\">", "data-value=\"member\"",
                "<option value=\"E09000012\">London Borough of Hackney</option>", "Offer the lead",
                "data-version=\"1\"", "data-values=\"waste\"", "<option value=\"paused\">Paused</option>",
                "<li data-key=\"CC-12\"><span>CC-12 " + escaped(HOSTILE_NAME) + "</span>", "Beta",
                "Create the project page", escaped(HOSTILE_TEXT));
        assertThat(html).as("the current status is not offered").doesNotContain("<option value=\"active\">")
                .doesNotContain("Your council in this group");
    }

    @Test
    public void projectPageForm_offersTheSpacesTheLeadMayCreateIn_orTheKeyFieldWhenThereAreNone() {
        GroupCard card = GroupMacroTestData.panelCard(true);
        String chosen = render(WorkingGroupMacro.TEMPLATE, WorkingGroupView.of("g", card, OutputMode.INTERACTIVE,
                new SolutionPages(""), text));
        GroupCard none = new GroupCard(card.summary(), card.councils(), card.requests(), card.invitations(),
                card.solutions(), card.serviceAreas(), card.userCouncils(), card.charter(), card.history(), List.of());
        String typed = render(WorkingGroupMacro.TEMPLATE, WorkingGroupView.of("g", none, OutputMode.INTERACTIVE,
                new SolutionPages(""), text));

        assertNoUserMarkup(chosen);
        String form = chosen.substring(chosen.indexOf("cc-wg-project-page-form"));
        assertThat(form).contains("<label for=\"g-space\">Space</label>",
                "<select class=\"select\" id=\"g-space\" name=\"spaceKey\" required>",
                "<option value=\"COLLAB\">" + escaped(HOSTILE_NAME) + " (COLLAB)</option>",
                "<option value=\"DIG\">Digital (DIG)</option>", "Choose one of the spaces")
                .doesNotContain("type=\"text\" id=\"g-space\"");
        String field = typed.substring(typed.indexOf("cc-wg-project-page-form"));
        assertThat(field).contains("<label for=\"g-space\">Space key</label>",
                "<input class=\"text\" type=\"text\" id=\"g-space\" name=\"spaceKey\"", "Give the key of a space")
                .doesNotContain("<select class=\"select\" id=\"g-space\"");
    }

    @Test
    public void workingGroup_showsAMembersPanelWithItsInvitationsAndRequests() {
        WorkingGroupView view = WorkingGroupView.of("g", GroupMacroTestData.panelCard(false), OutputMode.INTERACTIVE,
                new SolutionPages(""), text);

        String html = render(WorkingGroupMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains("Your council in this group", "<li data-council=\"E09000012\">",
                "Step back to observer", "Leave the group", "Offered the lead", "<form class=\"aui cc-wg-answer\"",
                "Declined", escaped(HOSTILE_TEXT)).doesNotContain("cc-wg-lead-panel", "cc-wg-decide");
    }

    @Test
    public void workingGroup_hasNoJoinFormInExports() {
        WorkingGroupView view = WorkingGroupView.of("g", GroupMacroTestData.card(true, Set.of(
                SolutionTestData.LEEDS)), OutputMode.STATIC, new SolutionPages("https://wiki.example.org"), text);

        String html = render(WorkingGroupMacro.TEMPLATE, view);

        assertThat(html).doesNotContain("<form", "<select").contains(
                "href=\"https://wiki.example.org/plugins/servlet/connected-councils/solutions/CC-12\"");
    }

    @Test
    public void statusReport_rendersALabelledKeyboardUsableFormAndTheEscapedHistory() {
        StatusReportView view = StatusReportView.of("cc-status-report-1", GroupMacroTestData.history(
                ReportSubject.of(GroupMacroTestData.KEY), true, 7), OutputMode.INTERACTIVE, TODAY, text);

        String html = render(StatusReportMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains(escaped(HOSTILE_NAME), escaped(HOSTILE_TEXT), "&lt;b&gt;Shipped&lt;/b&gt;",
                "data-rest=\"/rest/connected-councils/1.0/working-groups/WG-3/reports\"",
                "<label for=\"cc-status-report-1-summary\">Summary</label>",
                "<textarea class=\"textarea\" id=\"cc-status-report-1-summary\" name=\"summary\"",
                "<legend><span>Overall status (RAG)</span></legend>",
                "<input class=\"radio\" type=\"radio\" id=\"cc-status-report-1-rag-red\" name=\"rag\" value=\"red\"",
                "<label for=\"cc-status-report-1-rag-red\">Red</label>",
                "type=\"date\" id=\"cc-status-report-1-date\" name=\"reportDate\" value=\"2026-11-01\"",
                "Showing 2 of 7.");
        assertThat(html.indexOf("2 Oct 2026")).as("newest first").isLessThan(html.indexOf("1 Oct 2026"));
        assertThat(html).doesNotContain("href=\"javascript:");
    }

    @Test
    public void statusReport_letsTheLeadMarkEachCommitment_startingFromItsMarkNow() {
        StatusReportView view = StatusReportView.of("r", GroupMacroTestData.leadsHistory(
                ReportSubject.of(GroupMacroTestData.KEY)), OutputMode.INTERACTIVE, TODAY, text);

        String html = render(StatusReportMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains("<h5>Charter commitments: mark each one with this report</h5>",
                "<label for=\"r-mark-E09000012\">Commitment of " + escaped(HOSTILE_NAME) + "</label>",
                "<select class=\"select cc-status-report-mark\" id=\"r-mark-E09000012\" data-council=\"E09000012\""
                        + " data-current=\"at-risk\">",
                "<option value=\"at-risk\">Keep as it is (At risk)</option>", "<option value=\"met\">Met</option>");
        assertThat(html).doesNotContain("<option value=\"at-risk\">At risk</option>");
        assertThat(render(StatusReportMacro.TEMPLATE, StatusReportView.of("r", GroupMacroTestData.history(
                ReportSubject.of(GroupMacroTestData.KEY), true, 2), OutputMode.INTERACTIVE, TODAY, text)))
                .as("a partner who is not the lead marks nothing").doesNotContain("cc-status-report-mark", "<h5>");
    }

    @Test
    public void statusReportStatic_showsTheHistoryOnlyForAnEntry() {
        StatusReportView view = StatusReportView.of("r", GroupMacroTestData.history(ReportSubject.of(
                SolutionKey.of(12)), true, 2), OutputMode.STATIC, TODAY, text);

        String html = render(StatusReportMacro.STATIC_TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains("CC-12", escaped(HOSTILE_TEXT), "Red", "Green").doesNotContain("<form",
                "data-rest", "Showing");
    }

    @Test
    public void portfolio_showsCountsFilterRowsAndTheCapNote() {
        PortfolioQuery query = new PortfolioQuery(SolutionTestData.BRIGHTON, "waste", null, null, null, null);
        PortfolioView view = PortfolioView.of("p", query, GroupMacroTestData.portfolio(30),
                new SolutionPages("https://wiki.example.org"), text);

        String html = render(PortfolioMacro.TEMPLATE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains(escaped(HOSTILE_NAME), escaped(HOSTILE_COUNCIL), escaped(HOSTILE_TEXT),
                "Red</span> <strong>1</strong>", "Amber</span> <strong>0</strong>", "Green</span> <strong>4</strong>",
                "<th scope=\"col\" data-sort=\"rag\">Status</th>",
                "<tr data-key=\"WG-3\" data-rag=\"0\" data-reported=\"2026-10-02\">",
                "<a href=\"https://wiki.example.org/plugins/servlet/connected-councils/solutions/CC-12\">",
                "<a href=\"https://wiki.example.org/pages/viewpage.action?pageId=77\">" + escaped(HOSTILE_NAME) + "</a>",
                "Working group", "Register entry", "Showing 2 of 30.");
    }

    @Test
    public void directory_escapesNamesAimsCouncilsAndTheSearchAndLinksOnlyProjectPages() {
        String html = render(GroupDirectoryView.TEMPLATE, WorkingGroupTemplates.directory(OutputMode.INTERACTIVE,
                text));
        String pdf = render(GroupDirectoryView.STATIC_TEMPLATE, WorkingGroupTemplates.directory(OutputMode.STATIC,
                text));

        assertNoUserMarkup(html);
        assertNoUserMarkup(pdf);
        assertThat(html).contains(escaped(HOSTILE_NAME), escaped(HOSTILE_COUNCIL),
                "value=\"" + escaped(HOSTILE_TEXT) + "\"", "<a href=\"/pages/viewpage.action?pageId=77\">",
                "data-value=\"active\"", "data-value=\"-updated\"", "data-value=\"E08000035\"",
                "Showing 26 to 27 of 100 groups.", "data-start=\"0\"", "data-start=\"50\"",
                "Groups my council is in");
        assertThat(pdf).contains(escaped(HOSTILE_NAME), escaped(HOSTILE_TEXT),
                "<a href=\"https://wiki.example.org/pages/viewpage.action?pageId=77\">", "Leeds City Council")
                .doesNotContain("<form", "<button", "<script", "data-start");
    }

    private static void assertNoUserMarkup(String html) {
        assertThat(html).doesNotContain("<script", "<img", "<b>", "\"quotes\"", "onerror=alert(1)>");
    }

    private static String escaped(String s) {
        return ConfluenceLikeEscaping.escape(s);
    }

    private String render(String template, Object view) {
        return VELOCITY.render(template, Map.of("view", view, "i18n", new TemplateText(messages)));
    }
}
