package org.connectedcouncils.maturity.domain;

import java.time.LocalDate;

/**
 * A commitment as an editor writes it: its kind, a title (required for "other"), its status, the dates it was made
 * on, is due by and was met on, and the number of the working group it leads (for "lead a working group" only).
 */
public record CommitmentDraft(CommitmentKind kind, String title, CommitmentStatus status, LocalDate madeOn,
        LocalDate dueBy, LocalDate metOn, Long group) {

    /** The same draft with its title trimmed (blank: none). */
    public CommitmentDraft trimmed() {
        String t = title == null || title.isBlank() ? null : title.trim();
        return new CommitmentDraft(kind, t, status, madeOn, dueBy, metOn, group);
    }
}
