package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * The lead council's offer to a council: to join as member or observer, or (role {@code LEAD}, to a member) to take
 * over the lead. The invited council's editors accept or decline, optionally with a reason. {@code id} is 0 until
 * stored.
 */
public record Invitation(
        long id,
        WorkingGroupKey group,
        CouncilCode council,
        MemberRole role,
        InvitationState state,
        String invitedBy,
        Instant invitedAt,
        String decidedBy,
        Instant decidedAt,
        String reason) {

    public Invitation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
    }

    public boolean isPending() {
        return state == InvitationState.PENDING;
    }

    public Invitation decided(InvitationState outcome, String by, Instant at, String why) {
        return new Invitation(id, group, council, role, outcome, invitedBy, invitedAt, by, at, why);
    }
}
