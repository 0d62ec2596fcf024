package org.connectedcouncils.host;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import com.atlassian.audit.entity.AuditResource;
import com.atlassian.audit.entity.ChangedValue;
import com.atlassian.audit.entity.CoverageArea;
import com.atlassian.audit.entity.CoverageLevel;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.audit.AuditTrail;

/**
 * Writes our audit records to Confluence's audit log: category "Connected Councils", the entry or setting as the
 * affected object, and one changed value per field. Register changes are end-user activity; settings and mappings
 * are global configuration.
 */
public final class ConfluenceAuditTrail implements AuditTrail {

    static final String CATEGORY = "connected-councils.audit.category";
    static final String FIELD_KEY_PREFIX = "connected-councils.field.";

    private final AuditService auditService;

    public ConfluenceAuditTrail(AuditService auditService) {
        this.auditService = auditService;
    }

    @Override
    public void record(AuditRecord record) {
        CoverageArea area = record.objectType().equals("solution") ? CoverageArea.END_USER_ACTIVITY
                : CoverageArea.GLOBAL_CONFIG_AND_ADMINISTRATION;
        AuditEvent.Builder event = AuditEvent.fromI18nKeys(CATEGORY, record.summaryKey(), CoverageLevel.BASE, area)
                .affectedObject(AuditResource.builder(record.objectName() == null ? record.objectId()
                        : record.objectName(), record.objectType()).id(record.objectId()).build());
        for (AuditRecord.Change change : record.changes()) {
            event = event.changedValue(ChangedValue.fromI18nKeys(FIELD_KEY_PREFIX + change.field())
                    .from(change.from()).to(change.to()).build());
        }
        auditService.audit(event.build());
    }
}
