package org.connectedcouncils.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * Runs the browser tests (src/test/browser, Node's test runner with playwright-core on Debian's Chromium) against
 * the local preview started in-process on a fresh in-memory database with the demo data. Without Chromium or the npm
 * packages the test is skipped, unless {@code -Dbrowser.required=true} (as in bin/test and CI), where it fails.
 */
public class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final boolean REQUIRED = Boolean.getBoolean("browser.required");

    @Test
    public void browserTests_passAgainstThePreview() throws Exception {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(Path.of("node_modules/playwright-core"))
                && Files.isDirectory(Path.of("node_modules/axe-core"));
        if (REQUIRED) {
            assertThat(ready).as("Chromium at " + CHROMIUM + " and npm packages (run bin/setup-browser-tools)")
                    .isTrue();
        }
        assumeTrue("Chromium or npm packages missing; browser tests skipped", ready);
        Path log = Path.of("target", "browser-tests.log");
        Files.createDirectories(log.getParent());

        try (PreviewServer preview = PreviewServer.start(0, "jdbc:h2:mem:browser-it;DB_CLOSE_DELAY=-1", true,
                Path.of("node_modules"))) {
            ProcessBuilder node = new ProcessBuilder(List.of("node", "--test", "--test-reporter=spec",
                    "--test-concurrency=1", "src/test/browser/"));
            node.environment().put("PREVIEW_URL", preview.origin().toString());
            node.environment().put("SCREENSHOTS", "target/screenshots");
            node.environment().put("CHROMIUM", CHROMIUM.toString());
            node.redirectErrorStream(true).redirectOutput(log.toFile());
            Process process = node.start();
            boolean finished = process.waitFor(20, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println(output);

            assertThat(finished).as("browser tests finished in time").isTrue();
            assertThat(process.exitValue()).as("browser tests (see target/browser-tests.log):%n%s", output)
                    .isZero();
            assertThat(output).containsPattern("(?m)^ℹ fail 0$").containsPattern("(?m)^ℹ pass [1-9][0-9]*$");
            assertThat(new File("target/screenshots").list()).isNotEmpty();
        }
    }
}
