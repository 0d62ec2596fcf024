// Stand-in mirroring com.atlassian.sal:sal-api (platform 8); signatures only.
// Source: SAL's UserProfile as implemented by com.atlassian.sal.confluence.user.ConfluenceUserProfile, Confluence
// javadoc 7.0.3-8.0.0 (docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90): getUserKey, getFullName, getEmail.
package com.atlassian.sal.api.user;

public interface UserProfile {

    UserKey getUserKey();

    String getFullName();

    String getEmail();
}
