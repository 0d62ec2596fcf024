package org.connectedcouncils.register.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Solution;

/**
 * What the freshness jobs read of the register, with no one signed in: the entries due to be confirmed as still
 * current (the same rule as the "not confirmed for over N days" flag), in batches by key.
 */
public final class RegisterFreshness {

    private final SolutionStore store;
    private final ConfirmationPolicy confirmation;
    private final Clock clock;

    public RegisterFreshness(SolutionStore store, ConfirmationPolicy confirmation, Clock clock) {
        this.store = store;
        this.confirmation = confirmation;
        this.clock = clock;
    }

    /** The administrator's N: days after its last confirmation before an entry is due. */
    public int stalenessDays() {
        return confirmation.stalenessDays();
    }

    /** One batch of due entries; {@code next} is where the next batch starts, or -1 after the last. */
    public record Batch(List<Solution> due, long next) {
    }

    /** Entries due for confirmation now, among the next {@code limit} candidates after key {@code afterNumber}. */
    public Batch dueForConfirmation(long afterNumber, int limit) {
        int days = confirmation.stalenessDays();
        Instant now = clock.instant();
        ConfirmationRule rule = new ConfirmationRule(days, now);
        List<Solution> read = store.confirmedBefore(now.minus(Duration.ofDays(days)), afterNumber, limit);
        long next = read.size() < limit ? -1 : read.get(read.size() - 1).key().number();
        return new Batch(read.stream().filter(rule::isDue).toList(), next);
    }
}
