// Stand-in mirroring com.atlassian.beehive:beehive-api (Confluence 10.2 / platform 8); signatures only.
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
