package org.connectedcouncils.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

/**
 * The one place that decides whether a user key names someone active: SAL knows the profile and Confluence's user
 * accessor does not know the user as deactivated. Both the people to notify and the key-contact check ask here.
 */
final class ActiveProfiles {

    private final UserManager userManager;
    private final UserAccessor users;

    ActiveProfiles(UserManager userManager, UserAccessor users) {
        this.userManager = userManager;
        this.users = users;
    }

    /** The user's profile, or null for no such user or one deactivated. */
    UserProfile find(UserKey key) {
        UserProfile profile = userManager.getUserProfile(key);
        if (profile == null) {
            return null;
        }
        ConfluenceUser user = users.getUserByKey(key);
        return user == null || users.isDeactivated(user) ? null : profile;
    }
}
