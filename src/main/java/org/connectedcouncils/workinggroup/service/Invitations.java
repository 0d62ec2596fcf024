package org.connectedcouncils.workinggroup.service;

import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * Invitation use cases: the lead council offers membership (or, to a member, the lead) and the invited council
 * accepts or declines. Acting as the current user; failures are
 * {@link org.connectedcouncils.common.domain.Refusal}s and nothing is written when one is thrown.
 */
public interface Invitations {

    /** The lead's editors invite a council as member or observer, or offer a member the lead (role lead). */
    Invitation invite(WorkingGroupKey key, CouncilCode council, MemberRole role);

    /** The invited council's editors accept: it joins, or takes over the lead. */
    Invitation accept(WorkingGroupKey key, long invitationId);

    /** The invited council's editors decline, with an optional reason shown to the lead. */
    Invitation decline(WorkingGroupKey key, long invitationId, String reason);

    /**
     * The pending invitations to a council across all groups, newest first, each with its group's name: for the
     * council's editors and admins only.
     */
    Page<Invitation> pendingFor(CouncilCode council, PageRequest page);

    /** The names of the groups of these invitations. */
    Map<WorkingGroupKey, String> groupNames(Page<Invitation> invitations);

    /** All of them for the lead's editors and admins, their own councils' for other editors; others are refused. */
    Page<Invitation> invitations(WorkingGroupKey key, InvitationState state, PageRequest page);
}
