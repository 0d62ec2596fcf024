package org.connectedcouncils.register.io;

import java.io.InputStream;
import java.util.List;


import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvFileImport;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvReader;
import org.connectedcouncils.council.service.CouncilImport;
import org.connectedcouncils.council.service.RoleMappingImport;

/**
 * The administrators' CSV import of councils, role mappings, solutions or a higher feature's kind (commitments), as
 * the admin REST import offers it: each kind's template and its import (councils and mappings through the
 * directory's ports, solutions through the register, the others through their {@link CsvFileImport}).
 */
public final class CsvImport {

    public static final int MAX_BYTES = CsvReader.MAX_BYTES;

    private final SolutionCsvImport solutions;
    private final CouncilImport councils;
    private final RoleMappingImport mappings;
    private final List<CsvFileImport> more;

    /** With the higher features' imports, each answering the kind it names (the beans file lists them). */
    public CsvImport(SolutionCsvImport solutions, CouncilImport councils, RoleMappingImport mappings,
            List<CsvFileImport> more) {
        this.solutions = solutions;
        this.councils = councils;
        this.mappings = mappings;
        this.more = List.copyOf(more);
    }

    /** The template to fill in: a UTF-8 byte-order mark and the header row. */
    public String template(CsvImportKind kind) {
        return columns(kind).template();
    }

    public CsvImportResult importFile(CsvImportKind kind, InputStream file, CsvImportOptions options) {
        return switch (kind) {
            case COUNCILS -> councils.importFile(file, options);
            case MAPPINGS -> mappings.importFile(file, options);
            case SOLUTIONS -> solutions.importFile(file, options);
            default -> other(kind).importFile(file, options);
        };
    }

    private CsvColumns columns(CsvImportKind kind) {
        return switch (kind) {
            case COUNCILS -> councils.columns();
            case MAPPINGS -> mappings.columns();
            case SOLUTIONS -> SolutionCsvImport.COLUMNS;
            default -> other(kind).columns();
        };
    }

    /** The higher feature's import of {@code kind}; NotFound when none is installed. */
    private CsvFileImport other(CsvImportKind kind) {
        return more.stream().filter(i -> i.kind().equals(kind.code())).findFirst()
                .orElseThrow(() -> new Refusal.NotFound(kind.code()));
    }
}
