package org.connectedcouncils.workinggroup.service;

import java.util.Collection;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Storage of groups' invitations. Each write is one transaction (joining an outer one when open); the database
 * allows one pending invitation per (group, council), and a clash surfaces as
 * {@link org.connectedcouncils.common.domain.Refusal.Conflict}.
 */
public interface InvitationStore {

    Invitation create(Invitation invitation);

    Optional<Invitation> find(WorkingGroupKey key, long id);

    /**
     * Stores the decision, provided the invitation is still pending when its row is locked.
     *
     * @throws org.connectedcouncils.common.domain.Refusal.Conflict when it was decided in between
     */
    Invitation decide(Invitation decided);

    /** The pending invitations to one council across all groups, newest first. */
    Page<Invitation> pendingFor(CouncilCode council, PageRequest page);

    /** Invitations of a group, newest first; {@code state} null for all, {@code councils} null for every council's. */
    Page<Invitation> list(WorkingGroupKey key, InvitationState state, Collection<CouncilCode> councils,
            PageRequest page);
}
