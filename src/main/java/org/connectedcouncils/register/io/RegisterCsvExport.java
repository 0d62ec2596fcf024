package org.connectedcouncils.register.io;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.connectedcouncils.common.io.CsvOut;
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
        CsvOut csv = new CsvOut(out, columns.stream().map(headings).toList());
        int[] rows = {0};
        register.readColumns(query, columns, batch -> {
            for (Solution solution : batch) {
                csv.row(columns.stream().map(c -> c.valueOf(solution)).toList());
            }
            csv.flush();
            rows[0] += batch.size();
        });
        csv.flush();
        return rows[0];
    }
}
