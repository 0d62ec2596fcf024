// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.entity;

public enum CoverageLevel {
    BASE,
    ADVANCED,
    FULL
}
