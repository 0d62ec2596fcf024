package org.connectedcouncils.host;

import java.util.function.Supplier;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.workinggroup.service.CouncilLocks;

/** {@link CouncilLocks} on Confluence's cluster locks (one named lock per council, shared by every node). */
public final class ClusterCouncilLocks implements CouncilLocks {

    static final String PREFIX = "org.connectedcouncils.connected-councils.workinggroup.council.";

    private final ClusterLockService lockService;

    public ClusterCouncilLocks(ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T underLock(CouncilCode council, Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(PREFIX + council.value());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
