// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
package com.atlassian.sal.api.user;

public interface UserManager {

    UserKey getRemoteUserKey();

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    /** [verified: SLACK10] getUserProfile(UserKey); null when no such user. */
    UserProfile getUserProfile(UserKey userKey);
}
