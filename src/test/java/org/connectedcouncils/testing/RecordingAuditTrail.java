package org.connectedcouncils.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;

/** Keeps audit records in memory: what tests assert on and what the preview's admin page lists. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public void clear() {
        records.clear();
    }
}
