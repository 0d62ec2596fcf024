package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.common.macro.SolutionPages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.macro.MacroTestData.HOSTILE_AREA;
import static org.connectedcouncils.register.macro.MacroTestData.HOSTILE_COUNCIL;
import static org.connectedcouncils.register.macro.MacroTestData.HOSTILE_NAME;
import static org.connectedcouncils.register.macro.MacroTestData.HOSTILE_SUMMARY;
import static org.connectedcouncils.register.macro.MacroTestData.hostileSolution;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.Map;

import org.connectedcouncils.profile.macro.CouncilProfileView;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Test;

/** One real Velocity 1.7 render per template, with Confluence-like escaping, asserting on the HTML produced. */
public class RegisterTemplatesTest {

    private static final String DUE_LOZENGE = "<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-moved "
            + "cc-confirmation-due\">Not confirmed for over 180 days</span>";
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final SolutionPages ON_SCREEN = new SolutionPages("/confluence");
    private static final SolutionPages IN_EXPORTS = new SolutionPages("https://wiki.example.org/confluence");
    private final PropertiesMessages messages = new PropertiesMessages();
    private final DisplayText text = new DisplayText(messages);
    private final RegisterText registerText = new RegisterText(text);

    @Test
    public void table_escapesUserDataAndCarriesTheScriptHooks() {
        RegisterTableView view = RegisterTableView.of("cc-register-1", RegisterTableRequest.parse(Map.of(
                "columns", "name,summary,phase,owner,serviceAreas,adoptions")), MacroTestData.table(40,
                hostileSolution(1), hostileSolution(2)), OutputMode.INTERACTIVE, ON_SCREEN, registerText);

        String html = render(RegisterTableMacro.TABLE, view);

        assertNoUserMarkup(html);
        assertThat(html).contains(ConfluenceLikeEscaping.escape(HOSTILE_NAME), ConfluenceLikeEscaping.escape(
                HOSTILE_SUMMARY), ConfluenceLikeEscaping.escape(HOSTILE_AREA), ConfluenceLikeEscaping.escape(
                HOSTILE_COUNCIL));
        assertThat(html).contains("data-cc-register=\"\"", "data-rest=\"/rest/connected-councils/1.0/solutions\"",
                "data-columns=\"name,summary,phase,owner,serviceAreas,adoptions\"", "data-total=\"40\"",
                "data-text-showing=\"Showing {0} of {1} solutions\"");
        assertThat(html).contains("<label for=\"cc-register-1-phase\">Phase</label>",
                "<option value=\"beta\">Beta</option>", "aui-lozenge aui-lozenge-current", "Showing 2 of 40 solutions");
        assertThat(count(html, "<tr data-key=")).isEqualTo(2);
        assertThat(html).contains("<form class=\"aui cc-register-filters\" hidden=\"\">");
        assertThat(html).contains("<a class=\"aui-button cc-register-csv\" href=\"\" download=\"\">Download CSV</a>");
        assertThat(html).contains(
                "data-entry-url=\"/confluence/plugins/servlet/connected-councils/solutions/{key}\"",
                "<a class=\"cc-name\" href=\"/confluence/plugins/servlet/connected-councils/solutions/CC-2\">"
                        + ConfluenceLikeEscaping.escape(HOSTILE_NAME) + "</a> <span class=\"cc-key\">CC-2</span>");
    }

    @Test
    public void tableEmpty_showsWhatToDoNextAndHidesTheTable() {
        RegisterTableView view = RegisterTableView.of("cc-register-2", RegisterTableRequest.parse(Map.of(
                "phase", "live")), MacroTestData.table(0), OutputMode.INTERACTIVE, ON_SCREEN, registerText);

        String html = render(RegisterTableMacro.EMPTY, view);

        assertThat(html).contains("<table class=\"aui cc-register-table\" hidden=\"\">",
                "<div class=\"aui-message aui-message-info cc-register-empty\">", "No solutions match",
                "Clear the filters");
        assertThat(html).doesNotContain("<tr data-key=");
    }

    @Test
    public void tableStatic_hasNoScriptHooksAndNotesTheCap() {
        RegisterTableView view = RegisterTableView.of("cc-register-3", RegisterTableRequest.parse(Map.of()),
                MacroTestData.table(130, hostileSolution(1)), OutputMode.STATIC, IN_EXPORTS, registerText);

        String html = render(RegisterTableMacro.STATIC_TABLE, view);

        assertNoUserMarkup(html);
        assertThat(html).doesNotContain("data-cc-register", "<form", "<button", "data-rest");
        assertThat(html).contains("<th scope=\"col\">Owner council</th>", "Showing 1 of 130.",
                "<a class=\"cc-name\" href=\"https://wiki.example.org/confluence/plugins/servlet/connected-councils/"
                        + "solutions/CC-1\">" + ConfluenceLikeEscaping.escape(HOSTILE_NAME) + "</a>");
    }

    @Test
    public void message_escapesTitleAndBody() {
        Views.Message message = new Views.Message("error", "Title <script>x</script>", "Body \"quoted\" & 'single'");

        String html = render(MacroOutput.MESSAGE_TEMPLATE, message);

        assertThat(html).contains("aui-message aui-message-error", "Title &lt;script&gt;x&lt;/script&gt;",
                "Body &quot;quoted&quot; &amp; &#39;single&#39;");
    }

    @Test
    public void solution_linksOnlyWebAddressesAndOffersTheAllowedActions() {
        SolutionCardView view = SolutionCardView.of("cc-solution-1", MacroTestData.card(true, true),
                OutputMode.INTERACTIVE, registerText);

        String html = render(SolutionCardMacro.CARD, view);

        assertNoUserMarkup(html);
        assertThat(html).doesNotContain("javascript:");
        assertThat(html).contains("href=\"https://example.org/repo?a=1&amp;b=&#39;2&#39;\"");
        assertThat(count(html, "<a href=")).isEqualTo(1);
        assertThat(html).contains("data-cc-solution=\"\"", "data-rest=\"/rest/connected-councils/1.0/solutions/CC-12\"",
                "<form class=\"aui cc-solution-declare\" hidden=\"\">", "<option value=\"E09000012\">",
                "Mark as still current", "£12,000.00", "£25,000.00", "Not confirmed yet", "Awaiting confirmation",
                "<dt>Offers</dt><dd><span class=\"cc-tag\">Share code</span> </dd>");
        assertThat(count(html, "cc-solution-confirm-adoption")).isEqualTo(1);
        assertThat(html).contains("data-council=\"E08000035\"").doesNotContain("data-council=\"E09000012\"");
    }

    @Test
    public void solution_withoutPermissionsShowsNoActions() {
        SolutionCardView view = SolutionCardView.of("cc-solution-2", MacroTestData.card(false, false),
                OutputMode.INTERACTIVE, registerText);

        String html = render(SolutionCardMacro.CARD, view);

        assertThat(html).doesNotContain("<form", "<button");
    }

    @Test
    public void solution_showsTheNotConfirmedLozengeBesideThePhaseOnlyWhenDue() {
        SolutionCardView due = SolutionCardView.of("cc-solution-4", MacroTestData.card(MacroTestData.LATE, true,
                true), OutputMode.INTERACTIVE, registerText);
        SolutionCardView fresh = SolutionCardView.of("cc-solution-5", MacroTestData.card(MacroTestData.FRESH, true,
                true), OutputMode.INTERACTIVE, registerText);

        String dueHtml = render(SolutionCardMacro.CARD, due);
        String freshHtml = render(SolutionCardMacro.CARD, fresh);

        assertThat(dueHtml).contains("<span class=\"aui-lozenge aui-lozenge-current\">Beta</span>\n        "
                + DUE_LOZENGE + "\n        <span class=\"cc-key\">CC-12</span>");
        assertThat(count(dueHtml, "cc-confirmation-due")).isEqualTo(1);
        assertThat(freshHtml).doesNotContain("cc-confirmation-due", "Not confirmed for over");
    }

    @Test
    public void solutionStatic_showsTheNotConfirmedLozengeWhenDue() {
        SolutionCardView view = SolutionCardView.of("cc-solution-6", MacroTestData.card(MacroTestData.LATE, true,
                true), OutputMode.STATIC, registerText);

        String html = render(SolutionCardMacro.STATIC_CARD, view);

        assertThat(html).contains(DUE_LOZENGE);
    }

    @Test
    public void table_showsTheNotConfirmedLozengeBesideTheNamesOfDueEntriesOnly() {
        Solution draft = new Solution(SolutionKey.of(3), aSolution().named("Draft").build(), EntryState.DRAFT,
                null, MacroTestData.NOW, "u1", MacroTestData.NOW, null, 1);
        RegisterTableRequest request = RegisterTableRequest.parse(Map.of("columns", "name,phase"));
        RegisterTableView due = RegisterTableView.of("cc-register-4", request, MacroTestData.table(
                MacroTestData.LATE, 2, hostileSolution(1), draft), OutputMode.INTERACTIVE, ON_SCREEN, registerText);
        RegisterTableView fresh = RegisterTableView.of("cc-register-5", request, MacroTestData.table(2,
                hostileSolution(1), draft), OutputMode.INTERACTIVE, ON_SCREEN, registerText);

        String dueHtml = render(RegisterTableMacro.TABLE, due);
        String freshHtml = render(RegisterTableMacro.TABLE, fresh);
        String staticHtml = render(RegisterTableMacro.STATIC_TABLE, due);

        assertThat(dueHtml).contains("<span class=\"cc-key\">CC-1</span> " + DUE_LOZENGE + " </td>",
                "<span class=\"cc-key\">CC-3</span> </td>");
        assertThat(count(dueHtml, "cc-confirmation-due\">")).isEqualTo(1);
        assertThat(count(staticHtml, "cc-confirmation-due\">")).isEqualTo(1);
        assertThat(freshHtml).doesNotContain("cc-confirmation-due\">");
        assertThat(freshHtml).contains("data-text-due=\"Not confirmed for over 180 days\"");
    }

    @Test
    public void solutionStatic_isTheCardWithoutActionsOrHooks() {
        SolutionCardView view = SolutionCardView.of("cc-solution-3", MacroTestData.card(true, true),
                OutputMode.STATIC, registerText);

        String html = render(SolutionCardMacro.STATIC_CARD, view);

        assertNoUserMarkup(html);
        assertThat(html).doesNotContain("<form", "<button", "data-cc-solution", "javascript:");
        assertThat(html).contains("London Borough of Hackney", "Evaluating", "Using");
    }

    @Test
    public void council_escapesNamesAndGroupsAdoptionsByState() {
        CouncilProfileView view = CouncilProfileView.of(MacroTestData.profile(), ON_SCREEN, text);

        String html = render("templates/register/council.vm", view);

        assertNoUserMarkup(html);
        assertThat(html).contains(ConfluenceLikeEscaping.escape(HOSTILE_COUNCIL), "<h5>Using</h5>", "£12,000.00",
                "None declared");
        assertThat(html).contains(
                "<a class=\"cc-name\" href=\"/confluence/plugins/servlet/connected-councils/solutions/CC-12\">"
                        + ConfluenceLikeEscaping.escape(HOSTILE_NAME) + "</a>",
                "href=\"/confluence/plugins/servlet/connected-councils/solutions/CC-13\"");
    }

    @Test
    public void council_flagsTheCouncilsOwnEntriesThatAreDueAndNoOneElses() {
        String due = render("templates/register/council.vm",
                CouncilProfileView.of(MacroTestData.profile(MacroTestData.LATE), ON_SCREEN, text));
        String fresh = render("templates/register/council.vm",
                CouncilProfileView.of(MacroTestData.profile(MacroTestData.FRESH), ON_SCREEN, text));

        assertThat(count(due, DUE_LOZENGE)).as("the owned entry, not the adopted one").isEqualTo(1);
        assertThat(due.indexOf(DUE_LOZENGE)).isLessThan(due.indexOf("<h5>"));
        assertThat(fresh).doesNotContain("cc-confirmation-due");
    }

    @Test
    public void solutionPage_isDecoratedTitledWithTheEscapedNameAndHoldsTheCardAsRendered() {
        SolutionPageView view = new SolutionPageView(HOSTILE_NAME, "<section class=\"cc-solution\">card</section>");

        String html = render(RegisterPages.DOCUMENT, view);

        assertThat(html).contains("<title>" + ConfluenceLikeEscaping.escape(HOSTILE_NAME) + "</title>",
                "<meta name=\"decorator\" content=\"atl.general\">",
                "<section class=\"cc-solution\">card</section>");
        assertNoUserMarkup(html);
    }

    @Test
    public void figures_drawsOneBarPerPhaseAndAreaAsSvg() {
        AdoptionFiguresView view = AdoptionFiguresView.of("cc-figures-1", MacroTestData.figures(), registerText);

        String html = render(AdoptionFiguresMacro.FIGURES, view);

        assertNoUserMarkup(html);
        assertThat(count(html, "<rect ")).isEqualTo(6 + 2);
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"",
                ConfluenceLikeEscaping.escape(HOSTILE_AREA), "£36,000.00", "2 (40%)", "6 using, 2 evaluating, 1 stopped");
        assertThat(html).doesNotContain("<script");
    }

    private static void assertNoUserMarkup(String html) {
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>", "\"quotes\"", "onerror=alert(1)>");
    }

    private String render(String template, Object view) {
        return VELOCITY.render(template, Map.of("view", view, "i18n", new TemplateText(messages)));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
