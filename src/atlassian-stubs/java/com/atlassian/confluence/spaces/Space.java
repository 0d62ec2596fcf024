// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.spaces;

public class Space {

    public native String getKey();
}
