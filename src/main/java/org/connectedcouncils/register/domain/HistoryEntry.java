package org.connectedcouncils.register.domain;

import java.time.Instant;

/**
 * One line of an entry's append-only change log: who changed which field of what, from and to which value.
 * {@code subject} is {@code solution} or {@code adoption:<council code>}.
 */
public record HistoryEntry(SolutionKey key, String subject, String field, String oldValue, String newValue,
        String actor, Instant at) {
}
