package org.connectedcouncils.council.io;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditRecord;
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
import org.connectedcouncils.council.domain.CouncilRole;
import org.connectedcouncils.council.domain.PrincipalType;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.council.service.RoleMappings;

/**
 * Admin import of role mappings from a CSV file (type, principal, council, role): every row is checked (a known,
 * active council; a group name or user key of at most 255 characters; no row twice) and every error reported with its
 * line and column; a dry run stops there, a real run adds all mappings in one transaction, or none, each audited as a
 * mapping added. Mappings that exist already are left as they are.
 */
public final class RoleMappingCsvImport extends AdminCsvImport {

    public static final CsvColumns COLUMNS = new CsvColumns(List.of("type", "principal", "council", "role"),
            List.of("type", "principal", "council", "role"));
    static final String UNKNOWN_COUNCIL = "connected-councils.error.council";
    static final String AUDIT_ADDED = "connected-councils.audit.mapping.added";

    private final CouncilDirectory councils;
    private final RoleMappings mappings;
    private final ActorProvider actors;
    private final Transactions transactions;
    private final AuditTrail audit;

    public RoleMappingCsvImport(CouncilDirectory councils, RoleMappings mappings, ActorProvider actors,
            Transactions transactions, AuditTrail audit) {
        super("mappings", COLUMNS, actors);
        this.councils = councils;
        this.mappings = mappings;
        this.actors = actors;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    protected CsvImportResult importRows(CsvRows read, CsvImportOptions options) {
        Set<CouncilCode> codes = new HashSet<>();
        read.rows().forEach(r -> CouncilCode.parse(r.get("council")).ifPresent(codes::add));
        Map<CouncilCode, Council> known = councils.findAll(codes);
        Set<RoleMapping> seen = new HashSet<>();
        Actor actor = actors.current();
        return read.importAll(options, transactions, (row, errors) -> {
            int before = errors.size();
            PrincipalType type = row.coded("type", PrincipalType.class, true, errors);
            String principal = row.text("principal", true, errors);
            Optional<CouncilCode> code = row.councilCode("council", errors);
            CouncilRole role = row.coded("role", CouncilRole.class, true, errors);
            if (code.isPresent() && (known.get(code.get()) == null || known.get(code.get()).retired())) {
                errors.add(ImportError.of("council", row.line(), UNKNOWN_COUNCIL, code.get().value()));
            }
            if (errors.size() != before) {
                return null;
            }
            RoleMapping mapping = new RoleMapping(type, principal.trim(), code.orElseThrow(), role);
            if (!seen.add(mapping)) {
                errors.add(ImportError.of("principal", row.line(), CouncilCsvImport.DUPLICATE, principal));
            }
            return mapping;
        }, m -> {
            mappings.add(m);
            String described = m.type().code() + " " + m.principal() + " → " + m.council().value() + " ("
                    + m.role().code() + ")";
            audit.record(new AuditRecord(AUDIT_ADDED, "mapping", described, described, actor.userKey(),
                    List.of(new AuditRecord.Change("mapping", null, described))));
        });
    }
}
