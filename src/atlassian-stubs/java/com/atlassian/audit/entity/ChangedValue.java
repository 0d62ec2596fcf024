// Stand-in mirroring com.atlassian.audit:atlassian-audit-api (platform 8); signatures only.
package com.atlassian.audit.entity;

public class ChangedValue {

    public static Builder fromI18nKeys(String key) {
        return null;
    }

    public static class Builder {

        public Builder from(String from) {
            return null;
        }

        public Builder to(String to) {
            return null;
        }

        public ChangedValue build() {
            return null;
        }
    }
}
