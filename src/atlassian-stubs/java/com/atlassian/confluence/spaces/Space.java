// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.spaces;

public class Space {

    public native String getKey();

    /** [verified-pre10: reference/atlassian-api.md, DECOMP] the space's name. */
    public native String getName();
}
