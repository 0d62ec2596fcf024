package org.connectedcouncils.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One council's declared use of an entry. It counts as verified once the owner council confirms it; a later change
 * of state needs a new confirmation. Apart from that, the adopter re-confirms it still uses the entry when asked
 * ({@code checkedAt}); one nobody re-confirmed in the grace period is lapsed ({@code lapsedAt}) until re-confirmed.
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
        AdoptionDetails details,
        Instant checkedAt,
        Instant lapsedAt) {

    public Adoption {
        details = details == null ? AdoptionDetails.NONE : details;
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(state, "state");
    }

    /** An adoption never re-confirmed nor lapsed. */
    public Adoption(SolutionKey solution, CouncilCode council, AdoptionState state, LocalDate since,
            String evidenceUrl, String declaredBy, Instant declaredAt, String confirmedBy, Instant confirmedAt,
            AdoptionDetails details) {
        this(solution, council, state, since, evidenceUrl, declaredBy, declaredAt, confirmedBy, confirmedAt, details,
                null, null);
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

    /** Lapsed: the adopter was asked whether it still uses the entry and nobody answered in the grace period. */
    public boolean isLapsed() {
        return lapsedAt != null;
    }

    /** The same adoption re-confirmed by its adopter at {@code at}: checked, and no longer lapsed. */
    public Adoption reconfirmed(Instant at) {
        return new Adoption(solution, council, state, since, evidenceUrl, declaredBy, declaredAt, confirmedBy,
                confirmedAt, details, at, null);
    }

    /** When the adopter last said it uses the entry: its last re-confirmation, else its declaration. */
    public Instant lastChecked() {
        return checkedAt != null && (declaredAt == null || checkedAt.isAfter(declaredAt)) ? checkedAt : declaredAt;
    }
}
