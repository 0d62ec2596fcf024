package org.connectedcouncils.council.io;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.io.AdminCsvImport;
import org.connectedcouncils.common.io.CsvColumns;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvRows;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.council.service.CouncilEdits;

/**
 * Admin import of councils from a CSV file (the template's columns): every row is checked, with the admin page's
 * council checks, and every error reported with its line and column; a dry run stops there, a real run saves all
 * councils in one transaction, or none, each audited as a council saved by the admin.
 */
public final class CouncilCsvImport extends AdminCsvImport {

    public static final CsvColumns COLUMNS = new CsvColumns(List.of("code", "name", "type", "region", "retired"),
            List.of("code", "name", "type"));
    public static final String DUPLICATE = "connected-councils.io.csv.duplicate";

    private final CouncilEdits edits;
    private final ActorProvider actors;
    private final Transactions transactions;

    public CouncilCsvImport(CouncilDirectory councils, ActorProvider actors, Transactions transactions,
            AuditTrail audit) {
        super("councils", COLUMNS, actors);
        this.edits = new CouncilEdits(councils, audit);
        this.actors = actors;
        this.transactions = transactions;
    }

    @Override
    protected CsvImportResult importRows(CsvRows read, CsvImportOptions options) {
        Set<CouncilCode> seen = new HashSet<>();
        Actor actor = actors.current();
        return read.importAll(options, transactions, (row, errors) -> {
            int before = errors.size();
            Optional<CouncilCode> code = row.councilCode("code", errors);
            String name = row.text("name", true, errors);
            CouncilType type = row.coded("type", CouncilType.class, true, errors);
            String region = row.text("region", false, errors);
            boolean retired = row.bool("retired", errors);
            if (code.isPresent() && !seen.add(code.get())) {
                errors.add(ImportError.of("code", row.line(), DUPLICATE, code.get().value()));
            }
            if (errors.size() != before) {
                return null;
            }
            Council council = new Council(code.orElseThrow(), name, type, region, retired);
            CouncilEdits.errors(council).forEach(e -> errors.add(ImportError.at(e.field(), row.line(), e)));
            return council;
        }, council -> edits.save(council, actor));
    }
}
