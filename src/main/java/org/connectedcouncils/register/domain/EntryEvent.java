package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.DomainEvent;

/**
 * Something that happened to a register entry, published after it is stored: the entry as it now is (so a listener
 * can tell who may see it), what happened, the changed fields of an update, and for an adoption the council and
 * its state.
 */
public record EntryEvent(What what, Solution solution, List<String> fields, CouncilCode council, String state,
        String actorKey, Instant at) implements DomainEvent {

    /** What happened to the entry. */
    public enum What {
        PUBLISHED, UPDATED, RETIRED, ADOPTION_DECLARED, ADOPTION_CHANGED, ADOPTION_CONFIRMED, STATUS_REPORTED
    }

    public EntryEvent {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(solution, "solution");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static EntryEvent of(What what, Solution solution, String actorKey, Instant at) {
        return new EntryEvent(what, solution, List.of(), null, null, actorKey, at);
    }
}
