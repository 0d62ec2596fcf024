// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.entity;

public class AuditResource {

    public static Builder builder(String name, String type) {
        return null;
    }

    public static class Builder {

        public Builder id(String id) {
            return null;
        }

        public AuditResource build() {
            return null;
        }
    }
}
