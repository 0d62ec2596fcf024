package org.connectedcouncils.common.io;

import java.util.List;

/** The data rows read from a CSV file, or the problems (size, encoding, header, quoting, row count) that stop it. */
public record CsvRows(List<CsvRow> rows, List<ImportError> errors) {

    public CsvRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean refused() {
        return !errors.isEmpty();
    }

    /** The outcome of an import that stopped at reading: nothing written, every reading problem reported. */
    public CsvImportResult refusal(boolean dryRun) {
        return notWritten(dryRun, errors);
    }

    /** The outcome of a dry run, or of a real run refused for these errors: every row read, none written. */
    public CsvImportResult notWritten(boolean dryRun, List<ImportError> problems) {
        return new CsvImportResult(rows.size(), 0, dryRun, problems);
    }

    /** The outcome of a real run that wrote {@code count} rows. */
    public CsvImportResult written(int count) {
        return new CsvImportResult(rows.size(), count, false, List.of());
    }
}
