package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.CsvImportKind;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.testing.PropertiesMessages;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** The NDJSON lines of a CSV import: how progress is thinned out, the padded first line, and a fault's line. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class ImportStreamTest {

    private static final byte[] FILE = "name\r\nx\r\n".getBytes(StandardCharsets.UTF_8);

    @Mock
    private CsvImport imports;

    @Test
    public void write_sendsAboutOneProgressLinePerHundredthOfTheRowsThenTheResult() throws IOException {
        when(imports.importFile(eq(CsvImportKind.SOLUTIONS), any(), any())).thenAnswer(call -> {
            CsvImportOptions options = call.getArgument(2);
            for (int done = 1; done <= 5_000; done++) {
                options.progress().rowsDone(done, 5_000);
            }
            return new CsvImportResult(5_000, 5_000, false, List.of());
        });
        ImportStream target = stream(CsvImportOptions.realRun());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        target.write(out);

        List<JsonNode> lines = lines(out);
        assertThat(lines).hasSize(102);
        List<Integer> done = new ArrayList<>();
        lines.subList(0, 101).forEach(l -> done.add(l.path("done").asInt()));
        assertThat(done).startsWith(1, 50, 100).endsWith(4_950, 5_000).isSorted().doesNotHaveDuplicates();
        assertThat(lines.get(101).toString()).isEqualTo(
                "{\"type\":\"result\",\"dryRun\":false,\"rows\":5000,\"written\":5000}");
    }

    @Test
    public void write_padsTheFirstLinePastTheContainersBufferAndNoOther() throws IOException {
        when(imports.importFile(eq(CsvImportKind.COUNCILS), any(), any())).thenAnswer(call -> {
            CsvImportOptions options = call.getArgument(2);
            options.progress().rowsDone(1, 2);
            options.progress().rowsDone(2, 2);
            return new CsvImportResult(2, 0, true, List.of());
        });
        ImportStream target = new ImportStream(imports, new PropertiesMessages(), CsvImportKind.COUNCILS, FILE,
                CsvImportOptions.checkOnly());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        target.write(out);

        String[] raw = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(raw[0]).hasSize(ImportStream.FIRST_LINE_BYTES);
        assertThat(raw[0].stripTrailing()).isEqualTo("{\"type\":\"progress\",\"done\":1,\"total\":2}");
        assertThat(raw[1]).isEqualTo("{\"type\":\"progress\",\"done\":2,\"total\":2}");
        assertThat(raw[2]).isEqualTo("{\"type\":\"result\",\"dryRun\":true,\"rows\":2,\"written\":0}");
    }

    @Test
    public void write_endsWithAFailedLineInPlainWordsWhenTheImportFails() throws IOException {
        when(imports.importFile(eq(CsvImportKind.SOLUTIONS), any(), any()))
                .thenThrow(new IllegalStateException("database gone: secret detail"));
        ImportStream target = stream(CsvImportOptions.realRun());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        target.write(out);

        List<JsonNode> lines = lines(out);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("type").asText()).isEqualTo("failed");
        assertThat(lines.get(0).path("message").asText()).startsWith("The import stopped on a server error")
                .doesNotContain("secret");
    }

    @Test
    public void write_passesOnThatTheClientWentAway() {
        when(imports.importFile(eq(CsvImportKind.SOLUTIONS), any(), any()))
                .thenThrow(new UncheckedIOException(new IOException("Broken pipe")));
        ImportStream target = stream(CsvImportOptions.realRun());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Throwable thrown = catchThrowable(() -> target.write(out));

        assertThat(thrown).isInstanceOf(IOException.class).hasMessage("Broken pipe");
        assertThat(out.size()).isZero();
    }

    private ImportStream stream(CsvImportOptions options) {
        return new ImportStream(imports, new PropertiesMessages(), CsvImportKind.SOLUTIONS, FILE, options);
    }

    private static List<JsonNode> lines(ByteArrayOutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
