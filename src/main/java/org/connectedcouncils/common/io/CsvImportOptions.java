package org.connectedcouncils.common.io;

/** How to run a CSV import: {@code dryRun} checks every row and writes nothing; progress is told row by row. */
public record CsvImportOptions(boolean dryRun, ImportProgress progress) {

    public CsvImportOptions {
        progress = progress == null ? ImportProgress.NONE : progress;
    }

    public static CsvImportOptions checkOnly() {
        return new CsvImportOptions(true, null);
    }

    public static CsvImportOptions realRun() {
        return new CsvImportOptions(false, null);
    }

    public CsvImportOptions reportingTo(ImportProgress listener) {
        return new CsvImportOptions(dryRun, listener);
    }

    /** Told how many rows of how many have been checked or written, so a UI can show progress on large files. */
    @FunctionalInterface
    public interface ImportProgress {

        ImportProgress NONE = (done, total) -> { };

        void rowsDone(int done, int total);
    }
}
