package org.connectedcouncils.common.audit;

import java.util.List;
import java.util.Objects;

/**
 * One auditable change: what happened (an i18n summary key), to which object (type, id, display name), by whom, and
 * the fields that changed.
 */
public record AuditRecord(String summaryKey, String objectType, String objectId, String objectName, String actor,
        List<Change> changes) {

    public AuditRecord {
        Objects.requireNonNull(summaryKey, "summaryKey");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        changes = List.copyOf(changes);
    }

    /** A field's value before and after (either may be null). */
    public record Change(String field, String from, String to) {
    }
}
