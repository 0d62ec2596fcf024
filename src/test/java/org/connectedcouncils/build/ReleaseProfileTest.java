package org.connectedcouncils.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The release build ({@code -Patlassian}) compiles against the real Atlassian artifacts, so its profile must declare
 * each one a stand-in mirrors, with the version left to the platform BOMs it imports; and the default build's AO pin
 * must not reach it.
 */
public class ReleaseProfileTest {

    private static final Pattern NO_VALUE = Pattern.compile("return (null|false|0|0L|0\\.0);");
    private static final Pattern FIELD_WRITE = Pattern.compile("^(this\\.)?\\w+(\\[\\w*])? ?[-+*/]?= ");

    private static final Pattern HEADER = Pattern.compile("^// Stand-in mirroring ([\\w.-]+:[\\w.-]+) \\(");
    /** Artifacts that reach the release build inside {@code com.atlassian.confluence:confluence} itself. */
    private static final Set<String> WITH_CONFLUENCE = Set.of("com.atlassian.user:atlassian-user");

    private static Element root;
    private static Element atlassian;

    @BeforeClass
    public static void readPom() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        root = pom.getDocumentElement();
        atlassian = profile("atlassian");
    }

    @Test
    public void everyStandInHeader_namesAnArtifactTheReleaseProfileDeclares() throws IOException {
        Set<String> declared = artifacts(child(atlassian, "dependencies"));
        Set<String> mirrored = new TreeSet<>();
        List<Path> unheaded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/atlassian-stubs/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher header = HEADER.matcher(Files.readAllLines(file).get(0));
                if (header.find()) {
                    mirrored.add(header.group(1));
                } else {
                    unheaded.add(file);
                }
            }
        }

        assertThat(unheaded).isEmpty();
        assertThat(mirrored).isNotEmpty();
        mirrored.removeAll(WITH_CONFLUENCE);
        assertThat(declared).containsAll(mirrored);
    }

    @Test
    public void everyStandIn_isSignaturesOnly_itsMethodsReturnNullOrNothing() throws IOException {
        List<String> behaviour = new ArrayList<>();
        int returns = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/atlassian-stubs/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("return ")) {
                        returns++;
                    }
                    if (line.startsWith("return ") && !NO_VALUE.matcher(line).matches()
                            || FIELD_WRITE.matcher(line).find()) {
                        behaviour.add(file + ":" + (i + 1) + " " + line);
                    }
                }
            }
        }

        assertThat(returns).as("stand-ins with methods that answer").isPositive();
        assertThat(behaviour).as("a stand-in answers null, false or 0 and stores nothing").isEmpty();
    }

    @Test
    public void releaseDependencies_takeTheirVersionsFromImportedPlatformBoms() {
        Set<String> boms = artifacts(child(child(atlassian, "dependencyManagement"), "dependencies"));
        assertThat(boms).contains("com.atlassian.platform.dependencies:platform-public-api",
                "com.atlassian.confluence:confluence-plugins-platform-pom");

        for (Element dependency : elements(child(atlassian, "dependencies"), "dependency")) {
            String artifact = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
            if (!artifact.equals("com.atlassian.confluence:confluence")) {
                assertThat(text(dependency, "version")).as(artifact).isNull();
            }
        }
    }

    @Test
    public void theAoPin_staysOutOfTheReleaseBuild() {
        String ao = "net.java.dev.activeobjects:activeobjects";

        assertThat(artifacts(child(root, "dependencies"))).doesNotContain(ao);
        assertThat(artifacts(child(atlassian, "dependencies"))).doesNotContain(ao);
        assertThat(artifacts(child(profile("stand-ins"), "dependencies"))).contains(ao);
    }

    private static Element profile(String id) {
        for (Element profile : elements(child(root, "profiles"), "profile")) {
            if (id.equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("No profile " + id);
    }

    private static Set<String> artifacts(Element dependencies) {
        Set<String> out = new TreeSet<>();
        for (Element dependency : elements(dependencies, "dependency")) {
            out.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
        return out;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                out.add(element);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = elements(parent, name);
        if (found.isEmpty()) {
            throw new AssertionError("No <" + name + "> in <" + parent.getTagName() + ">");
        }
        return found.get(0);
    }

    private static String text(Element parent, String name) {
        List<Element> found = elements(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }
}
