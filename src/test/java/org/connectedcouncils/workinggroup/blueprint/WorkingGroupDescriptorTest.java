package org.connectedcouncils.workinggroup.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The blueprint modules of atlassian-plugin.xml point at resources, templates and i18n keys that exist. */
public class WorkingGroupDescriptorTest {

    private Document descriptor;
    private final Properties i18n = new Properties();

    @Before
    public void setUp() throws Exception {
        try (InputStream in = resource("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        try (InputStream in = resource("/i18n/connected-councils.properties")) {
            i18n.load(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = WorkingGroupDescriptorTest.class.getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Element module(String tag, String key) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (key.equals(e.getAttribute("key"))) {
                return e;
            }
        }
        throw new AssertionError("No <" + tag + " key=\"" + key + "\">");
    }

    @Test
    public void blueprint_isWiredToItsTemplateWizardAndCreateDialogItem() {
        Element blueprint = module("blueprint", "cc-working-group-blueprint");
        Element item = module("web-item", "cc-working-group-create-item");
        Element template = module("content-template", "cc-working-group-template");

        assertThat(blueprint.getAttribute("index-key")).isNotBlank();
        assertThat(((Element) blueprint.getElementsByTagName("content-template").item(0)).getAttribute("ref"))
                .isEqualTo("cc-working-group-template");
        assertThat(item.getAttribute("section")).isEqualTo("system.create.dialog/content");
        assertThat(((Element) item.getElementsByTagName("param").item(0)).getAttribute("value"))
                .isEqualTo("cc-working-group-blueprint");
        assertThat(((Element) template.getElementsByTagName("context-provider").item(0)).getAttribute("class"))
                .isEqualTo(WorkingGroupContextProvider.class.getName());
    }

    @Test
    public void resources_ofTheBlueprintModulesExist() {
        for (String key : List.of("cc-working-group-wizard", "cc-working-group-template",
                "cc-working-group-create-item")) {
            Element owner = key.endsWith("-wizard") ? module("web-resource", key)
                    : key.endsWith("-template") ? module("content-template", key) : module("web-item", key);
            NodeList resources = owner.getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                String location = ((Element) resources.item(i)).getAttribute("location");
                assertThat(getClass().getResource("/" + location)).as(location).isNotNull();
            }
        }
    }

    @Test
    public void i18nKeys_ofTheBlueprintModulesSoyAndJsExist() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String tag : List.of("blueprint", "content-template", "web-item", "dialog-page", "description")) {
            NodeList nodes = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                NamedNodeMap attributes = nodes.item(i).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String name = attributes.item(a).getNodeName();
                    String value = attributes.item(a).getNodeValue();
                    if ((name.endsWith("-key") || name.equals("key")) && value.startsWith("connected-councils.")) {
                        keys.add(value);
                    }
                }
            }
        }
        Matcher m = Pattern.compile("getText\\('([^']+)'\\)").matcher(
                text("/web/workinggroup/working-group-wizard.soy") + text("/web/workinggroup/working-group-wizard.js"));
        while (m.find()) {
            keys.add(m.group(1));
        }

        assertThat(keys).hasSizeGreaterThan(10);
        assertThat(keys).allSatisfy(key -> assertThat(i18n).as(key).containsKey(key));
    }

    @Test
    public void wizard_soyTemplateAndJsMatchTheDescriptor() throws IOException {
        Element page = (Element) module("blueprint", "cc-working-group-blueprint").getElementsByTagName("dialog-page")
                .item(0);
        String soy = text("/web/workinggroup/working-group-wizard.soy");
        String js = text("/web/workinggroup/working-group-wizard.js");

        String templateKey = page.getAttribute("template-key");
        int dot = templateKey.lastIndexOf('.');
        assertThat(soy).contains("{namespace " + templateKey.substring(0, dot) + "}")
                .contains("{template " + templateKey.substring(dot) + "}");
        assertThat(js).contains("'" + page.getAttribute("id") + "'")
                .contains(":cc-working-group-create-item'");
    }

    @Test
    public void wizard_soyHasNoLiteralTextOutsideGetText() throws IOException {
        String soy = text("/web/workinggroup/working-group-wizard.soy")
                .replaceAll("(?s)/\\*\\*.*?\\*/", "")
                .replaceAll("\\{[^}]*\\}", "")
                .replaceAll("<[^>]*>", "");

        assertThat(soy.trim()).isEmpty();
    }
}
