// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.entity;

public class AuditEvent {

    public static Builder fromI18nKeys(String categoryKey, String summaryKey, CoverageLevel level, CoverageArea area) {
        return null;
    }

    public static class Builder {

        public Builder affectedObject(AuditResource resource) {
            return null;
        }

        public Builder changedValue(ChangedValue value) {
            return null;
        }

        public AuditEvent build() {
            return null;
        }
    }
}
