package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.MacroOutput;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.confluence.macro.Macro;

import org.connectedcouncils.workinggroup.macro.GroupViews;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The macro modules of atlassian-plugin.xml are complete for the macro browser and load their script only when used. */
public class MacroDescriptorTest {

    private static final String ICON_PREFIX = "/download/resources/${atlassian.plugin.key}/";
    private Document descriptor;

    @Before
    public void setUp() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    public void macros_areTheFourRegisterMacrosWithClassesThatAreMacros() throws Exception {
        List<String> names = new ArrayList<>();
        for (Element macro : macros()) {
            names.add(macro.getAttribute("name"));
            assertThat(Macro.class.isAssignableFrom(Class.forName(macro.getAttribute("class")))).isTrue();
        }

        assertThat(names).contains("cc-register", "cc-solution", "cc-council", "cc-adoption-figures",
                "cc-working-group", "cc-status-report", "cc-portfolio", "cc-working-groups", "cc-leaders");
    }

    @Test
    public void macros_haveAnOpaque80PixelIconACategoryAndDocumentation() throws Exception {
        for (Element macro : macros()) {
            String icon = macro.getAttribute("icon");
            assertThat(icon).startsWith(ICON_PREFIX);
            BufferedImage image;
            try (InputStream in = getClass().getResourceAsStream("/" + icon.substring(ICON_PREFIX.length()))) {
                image = ImageIO.read(in);
            }

            assertThat(image.getWidth()).as(icon).isEqualTo(80);
            assertThat(image.getHeight()).as(icon).isEqualTo(80);
            assertThat(image.getColorModel().hasAlpha()).as(icon).isFalse();
            assertThat(macro.getAttribute("documentation-url")).startsWith("https://");
            assertThat(macro.getElementsByTagName("category").getLength()).isPositive();
            assertThat(macro.getElementsByTagName("parameters").getLength()).isEqualTo(1);
        }
    }

    @Test
    public void webResource_hasNoContextSoOnlyPagesWithTheMacrosLoadIt() {
        Element resource = webResource("register-macros");

        assertThat(resource.getElementsByTagName("context").getLength()).isZero();
        assertThat(MacroOutput.WEB_RESOURCE).endsWith(":register-macros");
        // the script, the styles and the UK outline the styles draw behind maps of councils (issue 19)
        assertThat(resource.getElementsByTagName("resource").getLength()).isEqualTo(3);
    }

    @Test
    public void leadersMacro_takesAnAreaAndABoundedNumber_andTheProfileFormScriptLoadsOnlyWhereUsed() {
        Element leaders = macros().stream().filter(m -> m.getAttribute("name").equals("cc-leaders")).findFirst()
                .orElseThrow();
        List<String> parameters = new ArrayList<>();
        NodeList nodes = leaders.getElementsByTagName("parameter");
        for (int i = 0; i < nodes.getLength(); i++) {
            parameters.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        Element script = webResource("council-leads");

        assertThat(leaders.getAttribute("class")).isEqualTo(
                org.connectedcouncils.maturity.macro.LeadersMacro.class.getName());
        assertThat(parameters).containsExactly("area", "limit");
        assertThat(script.getElementsByTagName("context").getLength()).isZero();
        assertThat(((Element) script.getElementsByTagName("resource").item(0)).getAttribute("location"))
                .isEqualTo("web/profile/council-leads.js");
    }

    @Test
    public void workingGroupWebResource_hasNoContextSoOnlyPagesWithTheMacrosLoadIt() {
        Element resource = webResource("working-group-macros");

        assertThat(resource.getElementsByTagName("context").getLength()).isZero();
        assertThat(GroupViews.WEB_RESOURCE).endsWith(":working-group-macros");
        assertThat(resource.getElementsByTagName("resource").getLength()).isEqualTo(4);
    }

    private List<Element> macros() {
        NodeList nodes = descriptor.getElementsByTagName("xhtml-macro");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private Element webResource(String key) {
        NodeList nodes = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (key.equals(e.getAttribute("key"))) {
                return e;
            }
        }
        throw new AssertionError("No web-resource " + key);
    }
}
