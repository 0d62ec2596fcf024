package org.connectedcouncils.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.junit.Test;

/** The default build compiles against stand-ins of Atlassian's API; none of them may ship in the jar. */
public class PackagedJarIT {

    /** A line of {@code dependency:list}: group:artifact:type[:classifier]:version:scope. */
    private static final Pattern LISTED = Pattern.compile(
            "^([\\w.-]+):([\\w.-]+):[\\w.-]+(?::[\\w.-]+)?:([\\w.-]+):(?:compile|runtime)\\b");

    private final File jar = new File(System.getProperty("cc.jar", "target/connected-councils.jar"));
    /** What the build unpacks into the jar: the runtime artifacts it listed (list-bundled-dependencies). */
    private final Path bundled = Path.of(System.getProperty("cc.bundled", "target/bundled-dependencies.txt"));

    @Test
    public void jar_containsNoAtlassianClasses() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            List<String> atlassian = file.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("com/atlassian/")).toList();

            assertThat(atlassian).isEmpty();
        }
    }

    @Test
    public void jar_containsThePluginItself() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(file.getEntry("atlassian-plugin.xml")).isNotNull();
            assertThat(file.getEntry("org/connectedcouncils/register/ao/AoSolutionStore.class")).isNotNull();
            assertThat(file.getEntry("i18n/connected-councils.properties")).isNotNull();
        }
    }

    @Test
    public void jar_containsTheSpringWiringButNoSpring() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(file.getEntry("META-INF/spring/plugin-context.xml")).isNotNull();
            assertThat(file.getEntry("META-INF/spring/connected-councils-beans.xml")).isNotNull();
            assertThat(file.getEntry("org/connectedcouncils/host/ComponentImports.class")).isNotNull();
            assertThat(file.stream().map(ZipEntry::getName).filter(n -> n.startsWith("org/springframework/")))
                    .isEmpty();
        }
    }

    @Test
    public void jar_embedsTheLibrariesConfluenceDoesNotProvide_andImportsNoneOfThem() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(file.getEntry("org/yaml/snakeyaml/LoaderOptions.class")).isNotNull();
            assertThat(file.getEntry("org/apache/commons/csv/CSVFormat.class")).isNotNull();
            assertThat(file.getEntry("org/apache/commons/io/IOUtils.class")).isNotNull();
            assertThat(file.getEntry("org/apache/commons/codec/binary/Base64.class")).isNotNull();
            assertThat(file.getEntry("org/apache/hc/client5/http/DnsResolver.class")).isNotNull();
            assertThat(file.getEntry("org/apache/hc/core5/http/HttpHost.class")).isNotNull();
            assertThat(file.getManifest().getMainAttributes().getValue("Import-Package"))
                    .doesNotContain("org.yaml.", "org.apache.commons.", "org.apache.hc.");
        }
    }

    @Test
    public void jar_containsNoTestOrPreviewCode() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(file.stream().map(ZipEntry::getName).filter(n -> n.contains("/testing/")
                    || n.contains("/preview/") || n.endsWith("Test.class"))).isEmpty();
        }
    }

    @Test
    public void jar_carriesTheAppsNoticeAndLicence_andNoLibrarysOwn() throws IOException {
        try (JarFile file = new JarFile(jar)) {
            assertThat(text(file, "META-INF/NOTICE")).isEqualTo(Files.readString(Path.of("NOTICE")));
            assertThat(text(file, "META-INF/LICENSE")).isEqualTo(Files.readString(Path.of("LICENSE")));
            assertThat(file.stream().map(ZipEntry::getName)
                    .filter(n -> n.matches("META-INF/(NOTICE.+|LICENSE.+|DEPENDENCIES.*)"))).isEmpty();
        }
    }

    @Test
    public void jarNotice_namesEveryBundledRuntimeArtifact_atItsVersion() throws IOException {
        List<String> artifacts = Files.readAllLines(bundled).stream().map(String::trim).map(LISTED::matcher)
                .filter(Matcher::find).map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3)).toList();
        try (JarFile file = new JarFile(jar)) {
            String notice = text(file, "META-INF/NOTICE");

            assertThat(artifacts).isNotEmpty();
            assertThat(artifacts.stream().filter(artifact -> !notice.contains(artifact))).isEmpty();
        }
    }

    private static String text(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
