package org.connectedcouncils.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The OpenAPI description passes a maintained validator: {@code @apidevtools/swagger-parser} 10 (npm, in
 * package.json), which checks it against the official OpenAPI 3.0 JSON Schema and resolves every $ref. Runs through
 * src/test/openapi/validate-openapi.mjs with the Node toolchain of the browser tests; without the npm package it is
 * skipped, unless {@code -Dbrowser.required=true} (bin/test and CI), where it fails.
 */
public class OpenApiValidationIT {

    private static final Path DESCRIPTION = Path.of("src/main/resources/openapi/connected-councils.yaml");
    private static final Path SCRIPT = Path.of("src/test/openapi/validate-openapi.mjs");
    private static final boolean REQUIRED = Boolean.getBoolean("browser.required");

    @Test
    public void description_isValidOpenApi30() throws Exception {
        requireValidator();

        Result result = validate(DESCRIPTION);

        assertThat(result.exit()).as("validator output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("valid: " + DESCRIPTION).contains("OpenAPI 3.0.3");
    }

    /** The check can fail: the description with a description mangled into a stray key, as the issue found it. */
    @Test
    public void mangledDescription_isRefused() throws Exception {
        requireValidator();
        String text = Files.readString(DESCRIPTION, StandardCharsets.UTF_8);
        String mangled = text.replace("description: \"Minor units (pence, cents).\"",
                "description: Minor units (pence\n          cents).: null");
        assertThat(mangled).isNotEqualTo(text);
        Path broken = Path.of("target", "openapi-mangled.yaml");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, mangled, StandardCharsets.UTF_8);

        Result result = validate(broken);

        assertThat(result.exit()).as("validator output:%n%s", result.output()).isEqualTo(1);
        assertThat(result.output()).contains("invalid: " + broken).contains("must NOT have additional properties");
    }

    private static void requireValidator() {
        boolean ready = Files.isDirectory(Path.of("node_modules/@apidevtools/swagger-parser"));
        if (REQUIRED) {
            assertThat(ready).as("npm packages (run bin/setup-browser-tools)").isTrue();
        }
        assumeTrue("npm package @apidevtools/swagger-parser missing; OpenAPI validation skipped", ready);
    }

    private static Result validate(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("node", SCRIPT.toString(), file.toString()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        assertThat(finished).as("validator finished in time").isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
