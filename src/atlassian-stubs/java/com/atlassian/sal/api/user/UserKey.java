// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.user;

public final class UserKey implements java.io.Serializable {

    public UserKey(String userKey) {
    }

    public String getStringValue() {
        return null;
    }
}
