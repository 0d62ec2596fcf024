package org.connectedcouncils.common.io;

import java.io.InputStream;

import org.connectedcouncils.common.service.ActorProvider;

/**
 * An administrators' CSV import of one kind, run the same way for every kind: anyone else is refused, the file is
 * read against the kind's template columns, and what stops the reading is answered before {@link #importRows} sees a
 * row.
 */
public abstract class AdminCsvImport implements CsvFileImport {

    private final String kind;
    private final CsvColumns columns;
    private final ActorProvider actors;

    protected AdminCsvImport(String kind, CsvColumns columns, ActorProvider actors) {
        this.kind = kind;
        this.columns = columns;
        this.actors = actors;
    }

    /** Checks the rows read and, unless it is a dry run or any row fails, writes them all. */
    protected abstract CsvImportResult importRows(CsvRows read, CsvImportOptions options);

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final CsvColumns columns() {
        return columns;
    }

    @Override
    public final CsvImportResult importFile(InputStream file, CsvImportOptions options) {
        return CsvReader.readForAdmin(actors, file, columns, options, read -> importRows(read, options));
    }
}
