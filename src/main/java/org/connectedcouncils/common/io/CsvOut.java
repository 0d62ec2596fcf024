package org.connectedcouncils.common.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/**
 * A CSV export as spreadsheets read it: UTF-8 with a byte-order mark, RFC 4180 quoting and CRLF line ends, every
 * cell formula-injection-safe ({@link CsvCells#neutralise}); rows are written as they come and flushed per batch.
 */
public final class CsvOut {

    private final Writer writer;
    private final CSVPrinter printer;

    /** Starts the file on {@code out} (flushed, never closed) with the byte-order mark and {@code headings}. */
    public CsvOut(OutputStream out, List<String> headings) {
        try {
            writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            row(headings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; null cells are written empty. */
    public void row(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(CsvCells.neutralise(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends what is written so far (after each batch, so a long export streams). */
    public void flush() {
        try {
            printer.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams every item {@code pages} gives, asked for {@link PageRequest#MAX_LIMIT} at a time until the last page,
     * to {@code out} (flushed per page, not closed) under {@code headings}, one row each; how many rows.
     */
    public static <T> int pages(OutputStream out, List<String> headings, Function<PageRequest, Page<T>> pages,
            Function<T, List<String>> cells) {
        CsvOut csv = new CsvOut(out, headings);
        int written = 0;
        while (true) {
            Page<T> page = pages.apply(new PageRequest(written, PageRequest.MAX_LIMIT));
            page.items().forEach(item -> csv.row(cells.apply(item)));
            csv.flush();
            written += page.items().size();
            if (!page.hasNext() || page.items().isEmpty()) {
                return written;
            }
        }
    }
}
