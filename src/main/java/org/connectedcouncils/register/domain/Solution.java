package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored register entry as the use cases see it: immutable, never an AO entity. {@code retirement} is null unless
 * the entry was retired with its reasons.
 */
public record Solution(
        SolutionKey key,
        SolutionContent content,
        EntryState state,
        AdoptionCounts adoptions,
        Instant created,
        String createdBy,
        Instant updated,
        Instant lastConfirmed,
        int version,
        Retirement retirement) {

    public Solution {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(state, "state");
        adoptions = adoptions == null ? AdoptionCounts.NONE : adoptions;
    }

    /** An entry without retirement details. */
    public Solution(SolutionKey key, SolutionContent content, EntryState state, AdoptionCounts adoptions,
            Instant created, String createdBy, Instant updated, Instant lastConfirmed, int version) {
        this(key, content, state, adoptions, created, createdBy, updated, lastConfirmed, version, null);
    }

    public boolean isPublished() {
        return state == EntryState.PUBLISHED;
    }
}
