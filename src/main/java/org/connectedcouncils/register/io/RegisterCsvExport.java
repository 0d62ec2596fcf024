package org.connectedcouncils.register.io;

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

import org.connectedcouncils.common.io.CsvCells;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.SolutionRegister;

/**
 * Writes a filtered register view as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as
 * UTF-8), RFC 4180 quoting and CRLF line ends, the given columns, formula-injection-safe cells. Rows are read through
 * the register (so its permissions apply): the view's keys in order, then the entries 500 at a time with only the
 * exported columns read (a projection), each cell written straight from its entry as it comes; never all at once.
 */
public final class RegisterCsvExport {

    private final SolutionRegister register;

    public RegisterCsvExport(SolutionRegister register) {
        this.register = register;
    }

    /**
     * Streams the entries the query matches, in its sort order, to {@code out} (flushed, not closed).
     *
     * @param headings the heading of each column (the entry point resolves {@link RegisterColumn#labelKey()})
     * @return the number of entries written
     */
    public int export(SolutionQuery query, List<RegisterColumn> columns, Function<RegisterColumn, String> headings,
            OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int[] rows = {0};
        try {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(c -> CsvCells.neutralise(headings.apply(c))).toList());
            register.readColumns(query, columns, batch -> {
                try {
                    for (Solution solution : batch) {
                        for (RegisterColumn column : columns) {
                            printer.print(CsvCells.neutralise(column.valueOf(solution)));
                        }
                        printer.println();
                    }
                    printer.flush();
                    rows[0] += batch.size();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }
}
