// Stand-in mirroring com.atlassian.user:atlassian-user (as shipped with Confluence 10.2); signatures only.
package com.atlassian.user;

public interface User {

    String getName();
}
