package org.connectedcouncils.council.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * A signed-in person asking to become an editor of a council, with a short reason; the council's editors or an admin
 * approve it (a user → council editor mapping) or refuse it with a reason. {@code id} is 0 until stored.
 */
public record EditorRequest(
        long id,
        CouncilCode council,
        String requester,
        String reason,
        EditorRequestState state,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String refusal) {

    /** Longest reason a requester or a refusing editor may give. */
    public static final int REASON_MAX = 500;

    public EditorRequest {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A new pending request. */
    public static EditorRequest pending(CouncilCode council, String requester, String reason, Instant at) {
        return new EditorRequest(0, council, requester, reason, EditorRequestState.PENDING, at, null, null, null);
    }

    public boolean isPending() {
        return state == EditorRequestState.PENDING;
    }

    public EditorRequest decided(EditorRequestState outcome, String by, Instant at, String why) {
        return new EditorRequest(id, council, requester, reason, outcome, requestedAt, by, at, why);
    }

    /** The mapping an approval creates: the requester, by user key, edits for the council. */
    public RoleMapping grantedMapping() {
        return new RoleMapping(PrincipalType.USER, requester, council, CouncilRole.EDITOR);
    }
}
