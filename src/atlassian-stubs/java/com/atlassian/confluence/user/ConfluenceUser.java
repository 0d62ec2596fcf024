// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

public interface ConfluenceUser extends User {

    /** [verified: reference/atlassian-api.md stand-in checklist] the user's key. */
    UserKey getKey();
}
