package org.connectedcouncils.register.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.CsvImportKind;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportOptions.ImportProgress;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.ImportError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@value #NDJSON} answer of a CSV import, written by the node that runs it: a progress line about every 1 % of
 * the rows (always the first and the last), then one line with the outcome. Nothing is shared between requests or
 * nodes, so it is cluster-safe as it stands.
 */
final class ImportStream implements StreamingOutput {

    static final String NDJSON = "application/x-ndjson";
    static final String FAILED = "connected-councils.io.csv.failed";

    /**
     * Length the first line is padded to with JSON whitespace. Jersey holds back the first 8 KiB of an entity
     * ({@code jersey.config.contentLength.buffer}) to compute a Content-Length, and flush() does not send what it
     * holds; a first line longer than that sends the headers and makes every later flush reach the client.
     */
    static final int FIRST_LINE_BYTES = 8 * 1024 + 1;

    private static final Logger LOG = LoggerFactory.getLogger(ImportStream.class);

    private final CsvImport imports;
    private final Messages messages;
    private final CsvImportKind kind;
    private final byte[] file;
    private final CsvImportOptions options;
    private final ObjectMapper json = new ObjectMapper();

    ImportStream(CsvImport imports, Messages messages, CsvImportKind kind, byte[] file, CsvImportOptions options) {
        this.imports = imports;
        this.messages = messages;
        this.kind = kind;
        this.file = file;
        this.options = options;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        Lines lines = new Lines(out);
        CsvImportResult result;
        try {
            result = imports.importFile(kind, new ByteArrayInputStream(file), options.reportingTo(throttled(lines)));
        } catch (UncheckedIOException gone) {
            // The client went away while rows were written; the transaction has rolled back.
            throw gone.getCause();
        } catch (RuntimeException e) {
            LOG.error("CSV import of {} failed", kind.code(), e);
            lines.write(new CsvImportLines.Failed("failed", messages.text(FAILED)));
            return;
        }
        if (result.accepted()) {
            lines.write(new CsvImportLines.Result("result", result.dryRun(), result.rows(), result.written()));
        } else {
            List<ImportError> errors = result.errors();
            lines.write(new CsvImportLines.Errors("errors", ImportErrors.status(errors),
                    ImportErrors.entries(errors, messages)));
        }
    }

    /** Tells {@code lines} of rows 1 and {@code total} and of every hundredth of the way in between. */
    private static ImportProgress throttled(Lines lines) {
        return (done, total) -> {
            int step = Math.max(1, total / 100);
            if (done == 1 || done == total || done % step == 0) {
                lines.write(new CsvImportLines.Progress("progress", done, total));
            }
        };
    }

    /** Writes one JSON value per line and flushes it; the first line is padded to {@link #FIRST_LINE_BYTES}. */
    final class Lines {

        private final OutputStream out;
        private boolean first = true;

        Lines(OutputStream out) {
            this.out = out;
        }

        void write(Object line) {
            try {
                byte[] bytes = json.writeValueAsBytes(line);
                out.write(bytes);
                if (first && bytes.length < FIRST_LINE_BYTES) {
                    byte[] padding = new byte[FIRST_LINE_BYTES - bytes.length];
                    Arrays.fill(padding, (byte) ' ');
                    out.write(padding);
                }
                first = false;
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
