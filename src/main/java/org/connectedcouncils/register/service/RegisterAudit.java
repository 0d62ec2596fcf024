package org.connectedcouncils.register.service;

import java.util.List;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;

/** Sends stored register changes to the audit log, named by the entry and listing the changed fields. */
final class RegisterAudit {

    private final AuditTrail audit;

    RegisterAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** Records the change once it is stored; {@code lines} are its history lines. */
    void record(String summaryKey, Solution solution, Actor actor, List<HistoryEntry> lines) {
        List<AuditRecord.Change> changes = lines.stream()
                .map(h -> h.subject().equals("solution") ? new AuditRecord.Change(h.field(), h.oldValue(),
                        h.newValue()) : adoptionChange(h))
                .toList();
        audit.record(new AuditRecord(summaryKey, "solution", solution.key().toString(), solution.content().name(),
                actor.userKey(), changes));
    }

    /** Adoption lines name the council in the values: "E09000012: using". */
    private static AuditRecord.Change adoptionChange(HistoryEntry h) {
        String council = h.subject().substring(h.subject().indexOf(':') + 1);
        return new AuditRecord.Change("adoption." + h.field(), h.oldValue() == null ? null
                : council + ": " + h.oldValue(), h.newValue() == null ? null : council + ": " + h.newValue());
    }
}
