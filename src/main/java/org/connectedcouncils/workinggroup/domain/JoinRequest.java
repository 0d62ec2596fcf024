package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * A council asking to join a group as member or observer, decided by the lead council's editors; a decline
 * carries the reason. {@code id} is 0 until stored.
 */
public record JoinRequest(
        long id,
        WorkingGroupKey group,
        CouncilCode council,
        MemberRole role,
        String message,
        JoinRequestState state,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String reason) {

    public JoinRequest {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
    }

    public boolean isPending() {
        return state == JoinRequestState.PENDING;
    }

    public JoinRequest decided(JoinRequestState outcome, String by, Instant at, String why) {
        return new JoinRequest(id, group, council, role, message, outcome, requestedBy, requestedAt, by, at, why);
    }
}
