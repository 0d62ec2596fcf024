package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every file the rules accept, imported and exported again, is accepted by the same rules with the keys the register
 * does not map as they came; the folder check (bin/check-publiccode) reports each file with its line and reason.
 */
public class PubliccodeRoundTripTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void acceptedFixtures_comeBackValidWithTheirUnmappedKeys() {
        for (String name : new String[] {PubliccodeFiles.MINIMAL, PubliccodeFiles.FULL, PubliccodeFiles.VERSION_02}) {
            PubliccodeRoundTrip.Outcome outcome = PubliccodeRoundTrip.run(PubliccodeFiles.text(name), "en");

            assertThat(outcome.errors()).as(name).isEmpty();
            assertThat(outcome.again().errors()).as(name + " exported").isEmpty();
            assertThat(outcome.unmappedChange()).as(name).isEmpty();
            assertThat(outcome.roundTripHolds()).as(name).isTrue();
        }
        String full = PubliccodeRoundTrip.run(PubliccodeFiles.text(PubliccodeFiles.FULL), "en").exported();
        assertThat(PubliccodeYaml.parse(full).get("dependsOn"))
                .isEqualTo(PubliccodeYaml.parse(PubliccodeFiles.text(PubliccodeFiles.FULL)).get("dependsOn"));
    }

    @Test
    public void refusedFile_hasNoExport() {
        PubliccodeRoundTrip.Outcome outcome = PubliccodeRoundTrip.run(PubliccodeFiles.with(PubliccodeFiles.MINIMAL,
                "license: MIT", "license: Invalid License"), "en");

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.exported()).isNull();
        assertThat(outcome.roundTripHolds()).isFalse();
    }

    @Test
    public void folderCheck_reportsEachFileAcceptedOrRefusedWithLineAndMessage() throws IOException {
        Path root = folder.getRoot().toPath();
        Files.createDirectories(root.resolve("bad"));
        Files.writeString(root.resolve("good.yml"), PubliccodeFiles.text(PubliccodeFiles.MINIMAL));
        String bad = PubliccodeFiles.with(PubliccodeFiles.MINIMAL, "    - name: Jane Smith",
                "    - name: Jane Smith\n      email: not_an_email");
        Files.writeString(root.resolve("bad/contact.yml"), bad);
        Files.writeString(root.resolve("bad/notes.txt"), "not a publiccode.yml file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Map<String, int[]> tally = new PubliccodeFolderCheck(new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(root);

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("ACCEPTED good.yml\n").contains("REFUSED  bad/contact.yml\n")
                .contains("    error line " + PubliccodeFiles.lineOf(bad, "email:")
                        + " maintenance.contacts[0].email: 'not_an_email' is not an e-mail address.")
                .doesNotContain("notes.txt");
        assertThat(tally.get("")).containsExactly(1, 1);
        assertThat(tally.get("bad")).containsExactly(0, 1);
    }
}
