package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.DomainEvent;

/**
 * Something that happened in a working group, published after it is stored: the group, what happened, the council
 * it concerns (the requesting or invited one), and for a status report its RAG. Join requests and invitations are
 * {@link #isPrivate() private}: only the group's managers and the council's editors may hear of them.
 */
public record GroupEvent(What what, WorkingGroup group, CouncilCode council, Rag rag, String actorKey, Instant at)
        implements DomainEvent {

    /** What happened in the group. */
    public enum What {
        JOIN_REQUESTED, JOIN_APPROVED, JOIN_DECLINED, INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED,
        STATUS_REPORTED
    }

    public GroupEvent {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(group, "group");
    }

    public boolean isPrivate() {
        return what != What.STATUS_REPORTED;
    }
}
