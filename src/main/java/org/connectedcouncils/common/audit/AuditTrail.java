package org.connectedcouncils.common.audit;

/** Where auditable changes go: Confluence's audit log in the host, a list in tests and the preview. */
public interface AuditTrail {

    void record(AuditRecord record);
}
