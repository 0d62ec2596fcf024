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

        /** Adds the change of {@code field} to {@code changes} when its text differs; nothing when it does not. */
        public static void addIfChanged(List<Change> changes, String field, Object from, Object to) {
            String f = from == null ? null : from.toString();
            String t = to == null ? null : to.toString();
            if (!Objects.equals(f, t)) {
                changes.add(new Change(field, f, t));
            }
        }
    }
}
