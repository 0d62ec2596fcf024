package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.util.Objects;

/** A stored register entry as the use cases see it: immutable, never an AO entity. */
public record Solution(
        SolutionKey key,
        SolutionContent content,
        EntryState state,
        AdoptionCounts adoptions,
        Instant created,
        String createdBy,
        Instant updated,
        Instant lastConfirmed,
        int version) {

    public Solution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        adoptions = adoptions == null ? AdoptionCounts.NONE : adoptions;
    }

    public boolean isPublished() {
        return state == EntryState.PUBLISHED;
    }
}
