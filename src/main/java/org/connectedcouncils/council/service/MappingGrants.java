package org.connectedcouncils.council.service;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.RoleMapping;

/**
 * Adds a role mapping after the one set of checks (a principal of at most 255 characters, a known active council) and
 * audits it: the admin's role-mapping screen and an approved request for editor rights both go through it. Who may
 * add is the caller's check.
 */
public final class MappingGrants {

    static final String AUDIT_ADDED = "connected-councils.audit.mapping.added";
    static final int PRINCIPAL_MAX = 255;

    private final CouncilDirectory councils;
    private final RoleMappings mappings;
    private final AuditTrail audit;

    public MappingGrants(CouncilDirectory councils, RoleMappings mappings, AuditTrail audit) {
        this.councils = councils;
        this.mappings = mappings;
        this.audit = audit;
    }

    /** Checks and adds {@code mapping} on behalf of {@code by}; adding an existing one changes nothing. */
    public RoleMapping grant(RoleMapping mapping, Actor by) {
        List<FieldError> errors = new ArrayList<>();
        if (mapping.principal().isBlank() || mapping.principal().length() > PRINCIPAL_MAX) {
            errors.add(FieldError.of("principal", "connected-councils.error.group"));
        }
        if (councils.find(mapping.council()).filter(c -> !c.retired()).isEmpty()) {
            errors.add(FieldError.of("councilCode", "connected-councils.error.council", mapping.council().value()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        mappings.add(mapping);
        String described = describe(mapping);
        audit.record(new AuditRecord(AUDIT_ADDED, "mapping", described, described, by.userKey(),
                List.of(new AuditRecord.Change("mapping", null, described))));
        return mapping;
    }

    /** How a mapping reads in the audit log: "group brighton-digital → E06000043 (editor)". */
    public static String describe(RoleMapping m) {
        return m.type().code() + " " + m.principal() + " → " + m.council().value() + " (" + m.role().code() + ")";
    }
}
