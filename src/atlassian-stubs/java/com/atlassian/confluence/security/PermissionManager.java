// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

public interface PermissionManager {

    boolean hasCreatePermission(ConfluenceUser user, Object container, Class<?> typeToCreate);
}
