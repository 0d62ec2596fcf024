package org.connectedcouncils.common.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.connectedcouncils.common.service.Transactions;

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

    /** Checks one row: adds its problems to {@code errors} and answers what it stands for (null when it has one). */
    @FunctionalInterface
    public interface RowCheck<T> {
        T check(CsvRow row, List<ImportError> errors);
    }

    /**
     * An all-or-nothing import: every row checked in order (progress told row by row); when no row has a problem
     * and this is a real run, every checked row written by {@code writeOne} in one transaction, otherwise none.
     */
    public <T> CsvImportResult importAll(CsvImportOptions options, Transactions transactions, RowCheck<T> check,
            Consumer<T> writeOne) {
        List<ImportError> errors = new ArrayList<>();
        List<T> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            T value = check.check(rows.get(i), errors);
            if (value != null) {
                checked.add(value);
            }
            options.progress().rowsDone(i + 1, rows.size());
        }
        if (!errors.isEmpty() || options.dryRun()) {
            return notWritten(options.dryRun(), errors);
        }
        transactions.inTransaction(() -> {
            checked.forEach(writeOne);
            return checked.size();
        });
        return written(checked.size());
    }
}
