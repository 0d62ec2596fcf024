// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.spaces;

import com.atlassian.confluence.pages.Page;

public class Space {

    public native String getKey();

    /** [verified-pre10: reference/atlassian-api.md, DECOMP] the space's name. */
    public native String getName();

    /** [verified-pre10: Confluence's Space#getHomePage, decompiled] the space's home page, null when it has none. */
    public native Page getHomePage();
}
