package org.connectedcouncils.register.macro;

import org.connectedcouncils.notify.page.NotificationsPage;
import org.connectedcouncils.notify.page.NotificationsPageTest;
import org.connectedcouncils.register.page.PageTestViews;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.profile.macro.CouncilCommitmentsPanel;
import org.connectedcouncils.profile.macro.CouncilInvitations;
import org.connectedcouncils.profile.macro.CouncilEditorRights;
import org.connectedcouncils.profile.macro.CouncilLeadsTest;
import org.connectedcouncils.profile.macro.CouncilPictures;
import org.connectedcouncils.profile.macro.CouncilTakeOverPanel;
import org.connectedcouncils.profile.macro.CouncilProfileView;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingUberspect;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.maturity.macro.MaturityTemplates;
import org.connectedcouncils.maturity.macro.MaturityViews;
import org.connectedcouncils.workinggroup.macro.WorkingGroupTemplates;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.NodeList;

/**
 * Renders every register and working-group template with every section filled and checks the methods Velocity
 * called against the {@code <velocity-allowlist>} modules of atlassian-plugin.xml: all of them listed, nothing listed
 * that no template calls.
 */
public class VelocityAllowlistTest {

    /** The admin page's view model has an allowlist of its own (AdminPageTemplateTest), rendered in the same JVM. */
    private static final String ADMIN_PAGE = "org.connectedcouncils.admin.page.";
    private static final List<String> TEMPLATE_DIRS = List.of("templates/register", "templates/workinggroup",
            "templates/maturity", "templates/notify");
    private static final Set<String> ALLOWLIST_KEYS = Set.of("register-templates", "workinggroup-templates",
            "maturity-templates", "notify-templates");
    private static final Map<String, Object> VIEWS = new LinkedHashMap<>();
    private static final Set<String> RENDERED = new HashSet<>();

    @BeforeClass
    public static void renderEveryTemplate() {
        DisplayText text = new DisplayText(new PropertiesMessages());
        RegisterText registerText = new RegisterText(text);
        VIEWS.put(RegisterTableMacro.TABLE, RegisterTableView.of("t", RegisterTableRequest.parse(Map.of("columns",
                "key,name,summary,phase,kind,owner,serviceAreas,offers,adoptions,updated")),
                MacroTestData.table(40, MacroTestData.hostileSolution(1)), OutputMode.INTERACTIVE,
                new SolutionPages(""), registerText, true, new RegisterQueries.LikeChoice(List.of(
                        org.connectedcouncils.council.domain.Council.active("E06000043", "<b>Brighton</b> & Hove",
                                org.connectedcouncils.council.domain.CouncilType.UNITARY, "South East")),
                        org.connectedcouncils.common.domain.CouncilCode.of("E06000043"))));
        VIEWS.put("templates/register/table-rows.vm", RegisterTableView.of("t", RegisterTableRequest.parse(Map.of()),
                MacroTestData.table(3, MacroTestData.hostileSolution(1)), OutputMode.INTERACTIVE,
                new SolutionPages(""), registerText));
        VIEWS.put(RegisterPageView.TEMPLATE, RegisterPageView.of(Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::inTable).toList(),
                MacroTestData.table(40, MacroTestData.hostileSolution(1)), new SolutionPages(""), registerText));
        VIEWS.put(RegisterTableMacro.EMPTY, RegisterTableView.of("t", RegisterTableRequest.parse(Map.of()),
                MacroTestData.table(0), OutputMode.INTERACTIVE, new SolutionPages(""), registerText));
        VIEWS.put(RegisterTableMacro.STATIC_TABLE, RegisterTableView.of("t", RegisterTableRequest.parse(Map.of()),
                MacroTestData.table(130, MacroTestData.hostileSolution(1)), OutputMode.STATIC,
                new SolutionPages("https://wiki.example.org"), registerText));
        VIEWS.put(MacroOutput.MESSAGE_TEMPLATE, new Views.Message("info", "t", "b"));
        VIEWS.put(SolutionCardMacro.CARD, SolutionCardView.of("s", MacroTestData.card(true, true),
                OutputMode.INTERACTIVE, registerText));
        VIEWS.put(SolutionCardMacro.STATIC_CARD, SolutionCardView.of("s", MacroTestData.card(true, true),
                OutputMode.STATIC, registerText));
        VIEWS.put("templates/register/council.vm", CouncilProfileView.of(MacroTestData.profile(),
                new SolutionPages(""), text));
        VIEWS.put(RegisterPages.DOCUMENT, new SolutionPageView("t", "<p>card</p>"));
        VIEWS.put("templates/register/entry-page.vm", PageTestViews.entry(EntryState.PUBLISHED));
        VIEWS.put("templates/register/entry-editor.vm", PageTestViews.editor());
        VIEWS.put("templates/register/publiccode-sync.vm", PageTestViews.sync());
        VIEWS.put("templates/register/publiccode-sync-note.vm", PageTestViews.syncNote());
        VIEWS.put("templates/register/publiccode-import.vm", PageTestViews.importer());
        VIEWS.put(AdoptionFiguresMacro.FIGURES, AdoptionFiguresView.of("f", MacroTestData.figures(), registerText));
        WorkingGroupTemplates.views(text).forEach(VIEWS::put);
        MaturityTemplates.views(text).forEach(VIEWS::put);
        VIEWS.put("templates/notify/notifications.vm", NotificationsPageTest.fullView());
        VIEWS.put(NotificationsPage.DOCUMENT, new NotificationsPage.DocumentView("t", "<p>body</p>"));
        VelocityTemplateRenderer velocity = new VelocityTemplateRenderer();
        TemplateText i18n = new TemplateText(new PropertiesMessages());
        VIEWS.forEach((template, view) -> {
            velocity.render(template, Map.of("view", view, "i18n", i18n));
            RENDERED.add(template);
        });
        // the heat map's second form (on screen: no SVG, an empty region the browser draws into)
        velocity.render(MaturityViews.MAP, Map.of("view", MaturityTemplates.screenMap(text), "i18n", i18n));
        velocity.render("templates/register/council.vm", Map.of("i18n", i18n, "view", CouncilProfileView.of(
                MacroTestData.profile(), new SolutionPages(""), text).withInvitations(new CouncilInvitations(List.of(
                        new CouncilInvitations.Waiting("/r", "1", "WG-1", "G", "Offered the lead", "1 Nov 2026")),
                        List.of("n"))).withPictures(CouncilPictures.of("p", MacroTestData.profile(),
                new CouncilMaturity(MacroTestData.profile().council(), List.of(new CouncilMaturity.Bar(
                        MacroTestData.areas().get(0), null, 2.0)), Map.of()), text))
                .withLeads(CouncilLeadsTest.leads(text, "Waste", "Evil", true))
                .withEditorRights(List.of(new CouncilEditorRights("r", "E06000043", List.of("n"), true, true,
                        List.of(new CouncilEditorRights.Pending("1", "Jo", "1 Nov 2026", "Why", "a", "r")),
                        List.of("n"))))
                .withCommitments(CouncilCommitmentsPanel.of("c", "E06000043", MaturityTemplates.commitments("Evil",
                        "Evil"), new SolutionPages(""), true, text))
                .withTakeOvers(List.of(new CouncilTakeOverPanel("t", "E06000043", List.of("Evil"))))));
        WorkingGroupTemplates.panelViews(text).forEach(view -> velocity.render(view.getKey(),
                Map.of("view", view.getValue(), "i18n", i18n)));
    }

    @Test
    public void allowlist_listsEveryMethodTheTemplatesCallAndNothingElse() throws Exception {
        Set<String> called = RecordingUberspect.calls().stream()
                .filter(c -> c.startsWith("org.connectedcouncils.") && !c.startsWith(ADMIN_PAGE))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> listed = allowlist();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(called);
    }

    @Test
    public void templates_callOnlyTheAppsOwnMethodsAndNoProperties() {
        Set<String> foreign = RecordingUberspect.calls().stream()
                .filter(c -> !c.startsWith("org.connectedcouncils."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(foreign).as("JDK methods and $a.b property reads need allowlisting by the host").isEmpty();
    }

    @Test
    public void everyTemplateFile_isRenderedByThisTest() {
        Set<String> files = TEMPLATE_DIRS.stream().flatMap(dir -> Arrays.stream(new File("src/main/resources/" + dir)
                .listFiles((d, n) -> n.endsWith(".vm"))).map(f -> dir + "/" + f.getName()))
                .collect(Collectors.toSet());

        assertThat(RENDERED).containsExactlyInAnyOrderElementsOf(files);
    }

    static Set<String> allowlist() throws Exception {
        try (InputStream in = VelocityAllowlistTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList allowlists = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("velocity-allowlist");
            Set<String> out = new TreeSet<>();
            for (int a = 0; a < allowlists.getLength(); a++) {
                org.w3c.dom.Element allowlist = (org.w3c.dom.Element) allowlists.item(a);
                if (!ALLOWLIST_KEYS.contains(allowlist.getAttribute("key"))) {
                    continue;
                }
                NodeList methods = allowlist.getElementsByTagName("method");
                for (int i = 0; i < methods.getLength(); i++) {
                    out.add(methods.item(i).getTextContent().trim());
                }
            }
            return out;
        }
    }

    /** Prints the allowlist entries the templates need (run by hand when templates change). */
    public static void main(String[] args) {
        renderEveryTemplate();
        RecordingUberspect.calls().stream().sorted()
                .forEach(c -> System.out.println("        <method>" + c + "</method>"));
    }
}
