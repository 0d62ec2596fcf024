package org.connectedcouncils.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.osgi.framework.Bundle;

/** The packaged jar resolves in an OSGi framework that exports only what Confluence 10 exports to apps. */
public class FelixResolutionIT {

    /**
     * Optional imports the host may leave unwired: the embedded Commons IO and Codec reach JDK internals only
     * behind their own fallbacks.
     */
    private static final Set<String> TOLERATED = Set.of("sun.misc", "sun.nio.ch");

    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();

    private ConfluenceOsgiHost host;

    @Before
    public void startHost() throws Exception {
        host = ConfluenceOsgiHost.start(Path.of("src/test/resources/osgi/confluence-10-exports.txt"),
                Path.of("src/atlassian-stubs/java"), temp.newFolder("felix").toPath());
    }

    @After
    public void stopHost() throws Exception {
        host.close();
    }

    @Test
    public void packagedJar_resolvesWithEveryImportSatisfied() throws Exception {
        Bundle app = host.install(Path.of(System.getProperty("cc.jar", "target/connected-councils.jar")));

        assertThat(host.unsatisfiedImports(app, TOLERATED)).as("imports Confluence 10 does not satisfy").isEmpty();
        assertThat(host.resolve(app)).as("resolved").isTrue();
        assertThat(app.getState()).isEqualTo(Bundle.RESOLVED);
    }

    @Test
    public void controlBundle_importingAnAbsentPackage_doesNotResolve() throws Exception {
        Bundle control = host.install(bundle("control.absent", "org.connectedcouncils.nowhere"));

        assertThat(host.resolve(control)).isFalse();
        assertThat(host.unsatisfiedImports(control, TOLERATED))
                .singleElement().asString().startsWith("missing: org.connectedcouncils.nowhere");
    }

    @Test
    public void controlBundle_importingAnExportedPackageOutOfRange_doesNotResolve() throws Exception {
        Bundle control = host.install(bundle("control.range", "org.slf4j;version=\"[99,100)\""));

        assertThat(host.resolve(control)).isFalse();
        assertThat(host.unsatisfiedImports(control, TOLERATED))
                .singleElement().asString().startsWith("out of range: org.slf4j");
    }

    @Test
    public void controlBundle_withAnAbsentOptionalImport_resolvesButIsReported() throws Exception {
        Bundle control = host.install(bundle("control.optional",
                "org.connectedcouncils.nowhere;resolution:=optional"));

        assertThat(host.resolve(control)).isTrue();
        assertThat(host.unsatisfiedImports(control, TOLERATED))
                .singleElement().asString().startsWith("missing: org.connectedcouncils.nowhere (optional)");
    }

    private Path bundle(String symbolicName, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Import-Package", importPackage);
        Path jar = temp.newFile(symbolicName + ".jar").toPath();
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream empty = new JarOutputStream(out, manifest)) {
            empty.flush();
        }
        return jar;
    }
}
