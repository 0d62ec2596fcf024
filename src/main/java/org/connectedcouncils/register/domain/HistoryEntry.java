package org.connectedcouncils.register.domain;

import java.time.Instant;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One line of an entry's append-only change log: who changed which field of what, from and to which value.
 * {@code subject} is {@code solution} or {@code adoption:<council code>}.
 */
public record HistoryEntry(SolutionKey key, String subject, String field, String oldValue, String newValue,
        String actor, Instant at) {

    private static final String ADOPTION = "adoption:";

    /** The subject of the lines about {@code council}'s adoption of the entry. */
    public static String adoptionOf(CouncilCode council) {
        return ADOPTION + council.value();
    }

    /** The code of the council whose adoption this line is about; null for a line about the entry itself. */
    public String adopterCode() {
        return subject.startsWith(ADOPTION) ? subject.substring(ADOPTION.length()) : null;
    }
}
