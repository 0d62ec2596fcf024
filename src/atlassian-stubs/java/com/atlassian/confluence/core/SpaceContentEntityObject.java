// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

public abstract class SpaceContentEntityObject extends ContentEntityObject {

    public native Space getSpace();

    public native void setSpace(Space space);
}
