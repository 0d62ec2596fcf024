package org.connectedcouncils.workinggroup.service;

import java.util.function.Supplier;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * Serialises, across the cluster, the check-then-write of rules that count a council's groups (the funding-bid lead
 * limit), so two concurrent requests cannot both pass the check. Locks are not re-entrant: never nest them.
 */
public interface CouncilLocks {

    <T> T underLock(CouncilCode council, Supplier<T> work);
}
