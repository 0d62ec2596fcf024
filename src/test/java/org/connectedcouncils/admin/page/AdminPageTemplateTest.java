package org.connectedcouncils.admin.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.connectedcouncils.host.AdminServlet;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.admin.page.AdminPageView.Notice;
import org.connectedcouncils.admin.page.AdminPageView.SettingsValues;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingUberspect;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * templates/admin/admin.vm on real Velocity with Confluence-like escaping: the settings form with the XSRF token,
 * hostile values escaped, errors and notices shown, the script's texts and REST path, and an exact allowlist.
 */
public class AdminPageTemplateTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>";
    private static final PropertiesMessages MESSAGES = new PropertiesMessages();

    private static String html;

    @BeforeClass
    public static void render() {
        AdminPageView view = AdminPageView.of("/confluence", "/confluence" + AdminServlet.PATH, "atl_token",
                "tok'en\"1", new SettingsValues(HOSTILE, "0", "abc"),
                List.of(FieldError.of("fundingBidLeadLimit", "connected-councils.error.range", 1, 20),
                        FieldError.of("stalenessDays", "connected-councils.error.notNumber")),
                List.of(new Notice("error", "<b>" + MESSAGES.text("connected-councils.admin.settings.invalid"))),
                MESSAGES);
        html = new VelocityTemplateRenderer().render(AdminServlet.TEMPLATE,
                Map.of("view", view, "i18n", new TemplateText(MESSAGES)));
    }

    @Test
    public void render_postsTheSettingsFormToThePageWithTheXsrfToken() {
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\">");
        assertThat(html).contains("<form class=\"aui cc-admin-settings\" method=\"post\" "
                + "action=\"/confluence/plugins/servlet/connected-councils/admin\">");
        assertThat(html).contains("<input type=\"hidden\" name=\"atl_token\" value=\"tok&#39;en&quot;1\">");
    }

    @Test
    public void render_escapesEveryValue() {
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(html).contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
        assertThat(html).contains("&lt;b&gt;Nothing was saved");
    }

    @Test
    public void render_showsEachFieldsErrorsAndTheDefaults() {
        assertThat(html).contains("<div class=\"error\">Must be between 1 and 20.</div>");
        assertThat(html).contains("<div class=\"error\">Must be a whole number.</div>");
        assertThat(html).contains("value=\"abc\"");
        assertThat(html).contains("Default: 2.").contains("Default: 180.");
        assertThat(html).contains("aui-message aui-message-error");
    }

    @Test
    public void render_givesTheScriptItsRestPathTextsAndOptions() {
        assertThat(html).contains("data-rest=\"/confluence/rest/connected-councils/1.0/admin\"");
        assertThat(html).contains("data-text-confirm-remove=\"Remove this mapping?");
        assertThat(html).contains("data-text-range=\"{0}\u2013{1} of {2}\"");
        assertThat(html).contains("<option value=\"london-borough\">London borough</option>");
        assertThat(html).contains("<option value=\"editor\">Editor</option>");
        assertThat(html).contains("<option value=\"group\">Group</option>");
        assertThat(html).contains("data-cc-list=\"councils\"").contains("data-cc-form=\"merge\"")
                .contains("data-cc-form=\"erase\"").contains("data-text-confirm-anonymise=")
                .contains("data-cc-form=\"reassign\"", "id=\"cc-admin-reassign-from\" name=\"from\"",
                        "data-text-confirm-reassign=\"Hand these entries over", "data-text-reassigned=");
    }

    @Test
    public void render_offersTheCsvImportWithItsTemplatesAndProgressTexts() {
        assertThat(html).contains("data-cc-import=\"\"");
        assertThat(html).contains("<a href=\"/confluence/rest/connected-councils/1.0/admin/import/solutions/"
                + "template.csv\" download=\"\">");
        assertThat(html).contains("<a href=\"/confluence/rest/connected-councils/1.0/admin/import/councils/"
                + "template.csv\" download=\"\">");
        assertThat(html).contains("accept=\".csv,text/csv\"");
        assertThat(html).contains("data-text-import-imported=\"Imported {0} of {1} rows\"");
        assertThat(html).contains("data-text-import-checked-ok=\"{0} rows checked: no problems found \u2014 nothing "
                + "written yet.\"");
        assertThat(html).contains("with the template&#39;s header row");
        assertThat(html).contains("role=\"status\" aria-live=\"polite\"");
    }

    @Test
    public void allowlist_listsEveryMethodTheTemplateCallsAndNothingElse() throws Exception {
        Set<String> called = RecordingUberspect.calls().stream()
                .filter(c -> c.startsWith(AdminPageView.class.getPackageName() + ".")
                        || c.startsWith(TemplateText.class.getName() + "#"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(allowlist()).containsExactlyInAnyOrderElementsOf(called);
    }

    @Test
    public void template_callsNoPropertiesOrForeignMethods() {
        Set<String> properties = RecordingUberspect.calls().stream()
                .filter(c -> c.startsWith("property:org.connectedcouncils.admin.")).collect(Collectors.toSet());

        assertThat(properties).isEmpty();
    }

    private static Set<String> allowlist() throws Exception {
        try (InputStream in = AdminPageTemplateTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList allowlists = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("velocity-allowlist");
            Set<String> out = new TreeSet<>();
            for (int a = 0; a < allowlists.getLength(); a++) {
                Element allowlist = (Element) allowlists.item(a);
                if ("admin-templates".equals(allowlist.getAttribute("key"))) {
                    NodeList methods = allowlist.getElementsByTagName("method");
                    for (int i = 0; i < methods.getLength(); i++) {
                        out.add(methods.item(i).getTextContent().trim());
                    }
                }
            }
            return out;
        }
    }
}
