package org.connectedcouncils.register.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.io.CsvFileImport;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvReader;

/**
 * The administrators' CSV import of councils, role mappings, solutions or a higher feature's kind (commitments), as
 * the admin REST import offers it: each kind's template and its import, every one a {@link CsvFileImport} answering
 * the kind it names (councils and mappings from council/io, solutions through the register, the others from their
 * feature).
 */
public final class CsvImport {

    public static final int MAX_BYTES = CsvReader.MAX_BYTES;

    private final List<CsvFileImport> imports;

    /** With the higher features' imports, each answering the kind it names (the beans file lists them). */
    public CsvImport(CsvFileImport solutions, CsvFileImport councils, CsvFileImport mappings,
            List<CsvFileImport> more) {
        List<CsvFileImport> all = new ArrayList<>(List.of(councils, mappings, solutions));
        all.addAll(more);
        this.imports = List.copyOf(all);
    }

    /** The template to fill in: a UTF-8 byte-order mark and the header row. */
    public String template(CsvImportKind kind) {
        return of(kind).columns().template();
    }

    public CsvImportResult importFile(CsvImportKind kind, InputStream file, CsvImportOptions options) {
        return of(kind).importFile(file, options);
    }

    /** The import of {@code kind}; NotFound when none is installed. */
    private CsvFileImport of(CsvImportKind kind) {
        return imports.stream().filter(i -> i.kind().equals(kind.code())).findFirst()
                .orElseThrow(() -> new Refusal.NotFound(kind.code()));
    }
}
