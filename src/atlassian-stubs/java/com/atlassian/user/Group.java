// Stand-in mirroring com.atlassian.user:atlassian-user (as shipped with Confluence 10.2); signatures only.
// Verified: docs.atlassian.com ConfluenceServer javadoc 8.8.1, GroupResolver.getGroup returns com.atlassian.user.Group.
package com.atlassian.user;

public interface Group {

    String getName();
}
