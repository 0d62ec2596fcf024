// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
// Verified: docs.atlassian.com ConfluenceServer javadoc 8.8.1 (UserAccessor extends GroupResolver,
// GroupMembershipAccessor, ConfluenceUserResolver); only the members the app calls are here.
package com.atlassian.confluence.user;

import java.util.List;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;

public interface UserAccessor {

    /** GroupResolver: the group, or null when there is none by that name. */
    Group getGroup(String name);

    /** GroupMembershipAccessor (default method since 7.17): usernames of direct and nested members. */
    List<String> getMemberNamesAsList(Group group);

    /** ConfluenceUserResolver: the user by username, or null. */
    ConfluenceUser getUserByName(String username);

    /** ConfluenceUserResolver: the user by key, or null. */
    ConfluenceUser getUserByKey(UserKey key);

    /** Whether the user is deactivated (cannot log in). */
    boolean isDeactivated(User user);
}
