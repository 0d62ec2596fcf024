// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.entity;

public enum CoverageArea {
    LOCAL_CONFIG_AND_ADMINISTRATION,
    GLOBAL_CONFIG_AND_ADMINISTRATION,
    END_USER_ACTIVITY,
    SECURITY,
    USER_MANAGEMENT,
    AUDIT_LOG
}
