package org.connectedcouncils.workinggroup.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;

/** The project-page template renders to well-formed storage format whatever the group's texts contain. */
public class ProjectPageTemplateTest {

    private final ProjectPageTemplate target = ProjectPageTemplate.load();

    private static String wrap(String body) {
        return "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource\">" + body
                + "</root>";
    }

    @Test
    public void render_escapesVariablesAndStaysWellFormed() throws Exception {
        Map<String, String> vars = new HashMap<>();
        vars.put(ProjectPageTemplate.GROUP_KEY, "WG-3");
        vars.put(ProjectPageTemplate.AIM, "</p><script>alert('x')</script> & more");

        String body = target.render(vars, key -> "<" + key + ">");

        assertThat(body).contains("&lt;/p&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("&lt;connected-councils.workinggroup.page.objectives&gt;")
                .doesNotContain("<script>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(wrap(body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void render_bindsAllThreeMacrosToTheGroup() {
        String body = target.render(Map.of(ProjectPageTemplate.GROUP_KEY, "WG-3",
                ProjectPageTemplate.LEAD_COUNCIL, "E06000043"), key -> key);

        assertThat(body).contains("ac:name=\"cc-working-group\"><ac:parameter ac:name=\"key\">WG-3<")
                .contains("ac:name=\"cc-status-report\"><ac:parameter ac:name=\"key\">WG-3<")
                .contains("ac:name=\"cc-portfolio\"><ac:parameter ac:name=\"council\">E06000043<");
    }

    @Test
    public void template_usesOnlyKeysThatExistInTheI18nFile() throws Exception {
        java.util.Properties props = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/connected-councils.properties")) {
            props.load(in);
        }
        java.util.List<String> missing = new java.util.ArrayList<>();

        target.render(Map.of(), key -> {
            if (!props.containsKey(key)) {
                missing.add(key);
            }
            return key;
        });

        assertThat(missing).isEmpty();
    }
}
