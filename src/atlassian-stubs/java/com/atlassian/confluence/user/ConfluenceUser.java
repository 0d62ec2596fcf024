// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.user;

import com.atlassian.user.User;

public interface ConfluenceUser extends User {
}
