package org.connectedcouncils.common.io;

import java.util.List;

/**
 * Outcome of a CSV import: how many data rows the file had, how many were written (0 on a dry run and whenever
 * there is an error: the real run is all or nothing) and every error with its line and column.
 */
public record CsvImportResult(int rows, int written, boolean dryRun, List<ImportError> errors) {

    public CsvImportResult {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
