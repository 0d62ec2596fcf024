// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityManager;

public interface PageManager extends ContentEntityManager {

    Page getPage(String spaceKey, String pageTitle);
}
