package org.connectedcouncils.council.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.DomainEvent;

/** A request for editor rights was made, approved or refused; told once the write has committed. */
public record EditorRequestEvent(What what, EditorRequest request, String actorKey, Instant at)
        implements DomainEvent {

    /** What happened to the request. */
    public enum What { REQUESTED, APPROVED, REFUSED }

    public EditorRequestEvent {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(at, "at");
    }
}
