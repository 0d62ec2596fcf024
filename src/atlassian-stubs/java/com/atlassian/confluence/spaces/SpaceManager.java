// Stand-in mirroring com.atlassian.confluence:confluence (10.2); signatures only.
package com.atlassian.confluence.spaces;

public interface SpaceManager {

    Space getSpace(String spaceKey);
}
