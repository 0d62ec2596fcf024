package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One council's declared use of an entry. It counts as verified once the owner council confirms it; a later change
 * of state needs a new confirmation.
 */
public record Adoption(
        SolutionKey solution,
        CouncilCode council,
        AdoptionState state,
        LocalDate since,
        String evidenceUrl,
        String declaredBy,
        Instant declaredAt,
        String confirmedBy,
        Instant confirmedAt,
        AdoptionDetails details) {

    public Adoption {
        details = details == null ? AdoptionDetails.NONE : details;
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(state, "state");
    }

    /** An adoption without details. */
    public Adoption(SolutionKey solution, CouncilCode council, AdoptionState state, LocalDate since,
            String evidenceUrl, String declaredBy, Instant declaredAt, String confirmedBy, Instant confirmedAt) {
        this(solution, council, state, since, evidenceUrl, declaredBy, declaredAt, confirmedBy, confirmedAt,
                AdoptionDetails.NONE);
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
