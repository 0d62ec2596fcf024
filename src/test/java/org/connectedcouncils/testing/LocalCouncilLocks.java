package org.connectedcouncils.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.workinggroup.service.CouncilLocks;

/** {@link CouncilLocks} within one JVM, for tests and the local preview (a single node). */
public final class LocalCouncilLocks implements CouncilLocks {

    private final Map<CouncilCode, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public <T> T underLock(CouncilCode council, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(council, c -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
