package org.connectedcouncils.register.io;

import java.io.InputStream;

import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvReader;
import org.connectedcouncils.council.service.CouncilImport;

/**
 * The administrators' CSV import of councils or solutions, as the admin REST import offers it: each kind's template
 * and its import (councils through the directory's {@link CouncilImport} port, solutions through the register).
 */
public final class CsvImport {

    public static final int MAX_BYTES = CsvReader.MAX_BYTES;

    private final SolutionCsvImport solutions;
    private final CouncilImport councils;

    public CsvImport(SolutionCsvImport solutions, CouncilImport councils) {
        this.solutions = solutions;
        this.councils = councils;
    }

    /** The template to fill in: a UTF-8 byte-order mark and the header row. */
    public String template(CsvImportKind kind) {
        return columns(kind).template();
    }

    public CsvImportResult importFile(CsvImportKind kind, InputStream file, CsvImportOptions options) {
        return kind == CsvImportKind.COUNCILS ? councils.importFile(file, options)
                : solutions.importFile(file, options);
    }

    private CsvColumns columns(CsvImportKind kind) {
        return kind == CsvImportKind.COUNCILS ? councils.columns() : SolutionCsvImport.COLUMNS;
    }
}
