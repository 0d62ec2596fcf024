package org.connectedcouncils.workinggroup.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Storage of join requests. Each write is one transaction (joining an outer one when open); the database allows one
 * pending request per (group, council) and one membership per (group, council), and such clashes surface as
 * {@link org.connectedcouncils.common.domain.Refusal.Conflict}.
 */
public interface JoinRequestStore {

    JoinRequest createJoinRequest(JoinRequest request);

    Optional<JoinRequest> findJoinRequest(WorkingGroupKey key, long id);

    /** Stores the decision; an approval also adds the membership, in the same transaction. */
    JoinRequest decide(JoinRequest decided, Instant now);

    /** Requests of a group, newest first; {@code state} null for all, {@code councils} null for every council's. */
    Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, Collection<CouncilCode> councils,
            PageRequest page);
}
