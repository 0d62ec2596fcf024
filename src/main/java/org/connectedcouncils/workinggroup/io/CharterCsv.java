package org.connectedcouncils.workinggroup.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.io.CsvCells;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.Commitment;

/**
 * A group's charter as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as such): a row per
 * council with what it commits and how the lead marked it. Headings are fixed column names, as in the register's
 * export, so a file reads the same in every language; cells are guarded against formula injection.
 */
public final class CharterCsv {

    public static final List<String> HEADINGS = List.of("council_code", "council", "people_days_per_month",
            "money_per_year_gbp", "role", "agreed_on", "progress");

    private CharterCsv() {
    }

    /** The file's text; {@code councils} names the councils (a code stands in for a council not found). */
    public static String of(List<Commitment> charter, Map<CouncilCode, Council> councils) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADINGS);
            for (Commitment c : charter) {
                Council council = councils.get(c.council());
                printer.printRecord(c.council().value(),
                        CsvCells.neutralise(council == null ? c.council().value() : council.name()),
                        c.terms().peopleDayTenths() == 0 ? ""
                                : BigDecimal.valueOf(c.terms().peopleDayTenths(), 1).toPlainString(),
                        c.terms().moneyPerYear() == 0 ? "" : Long.toString(c.terms().moneyPerYear()),
                        CsvCells.neutralise(c.terms().role()),
                        c.terms().agreedOn() == null ? "" : c.terms().agreedOn().toString(),
                        c.progress() == null ? "" : c.progress().code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
