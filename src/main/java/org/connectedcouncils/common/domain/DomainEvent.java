package org.connectedcouncils.common.domain;

import java.time.Instant;

/** Something that happened in a feature, told to the features above it once the write that made it has committed. */
public interface DomainEvent {

    /** The user key of who made it happen (null for the system). */
    String actorKey();

    /** When it happened. */
    Instant at();
}
