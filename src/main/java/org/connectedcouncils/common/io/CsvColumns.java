package org.connectedcouncils.common.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The columns a CSV import reads, in template order, and those a file must have (their cells are checked later). */
public record CsvColumns(List<String> all, List<String> required) {

    public CsvColumns {
        all = List.copyOf(all);
        required = List.copyOf(required);
    }

    /** The template to fill in: a UTF-8 byte-order mark and the header row. */
    public String template() {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
