// Stand-in mirroring com.atlassian.beehive:beehive-api (Confluence 10.2 / platform 8); signatures only.
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
