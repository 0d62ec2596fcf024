// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
// Checked: docs.atlassian.com/atlassian-audit/1.12.1/apidocs/com/atlassian/audit/entity/CoverageArea.html
package com.atlassian.audit.entity;

public enum CoverageArea {
    AUDIT_LOG,
    GLOBAL_CONFIG_AND_ADMINISTRATION,
    USER_MANAGEMENT,
    PERMISSIONS,
    LOCAL_CONFIG_AND_ADMINISTRATION,
    SECURITY,
    END_USER_ACTIVITY,
    ECOSYSTEM
}
