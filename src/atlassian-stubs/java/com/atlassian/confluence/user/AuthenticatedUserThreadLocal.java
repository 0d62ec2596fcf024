// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.user;

public class AuthenticatedUserThreadLocal {

    public static native ConfluenceUser get();
}
