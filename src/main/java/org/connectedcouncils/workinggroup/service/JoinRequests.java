package org.connectedcouncils.workinggroup.service;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Join-request use cases: a council asks to join a group, the lead council decides. Acting as the current user;
 * failures are {@link org.connectedcouncils.common.domain.Refusal}s and nothing is written when one is thrown.
 */
public interface JoinRequests {

    /** Editors of a council ask for it to join as member or observer. */
    JoinRequest requestToJoin(WorkingGroupKey key, CouncilCode council, MemberRole role, String message);

    JoinRequest approveJoin(WorkingGroupKey key, long requestId);

    /** Declines a request; the reason is required and shown to the requesting council. */
    JoinRequest declineJoin(WorkingGroupKey key, long requestId, String reason);

    /**
     * Requests of a group, newest first: all of them for the lead's editors and admins, their own councils' for other
     * editors; anyone else is refused.
     */
    Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page);
}
