package org.connectedcouncils.register.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCheck;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCursor;

/**
 * What the freshness jobs read and write of the register, with no one signed in: the entries due to be confirmed
 * as still current (the same rule as the "not confirmed for over N days" flag), in batches by key; the adoptions
 * whose adopters are due to be asked whether they still use the entry (every M days), and those that lapse when
 * nobody answered within the grace period.
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

    /** One batch of adoption checks; {@code next} is where the next batch starts, or null after the last. */
    public record Checks(List<AdoptionCheck> due, AdoptionCursor next) {
    }

    /** Who lapses an adoption in its history: the app itself. */
    public static final String APP = "connected-councils";

    /** Adoptions whose adopter is due to be asked now (last checked over M days ago, not asked since). */
    public Checks adoptionsToAsk(AdoptionCursor after, int limit) {
        Instant now = clock.instant();
        List<AdoptionCheck> read = store.adoptionsCheckedBefore(now.minus(Duration.ofDays(
                confirmation.adoptionCheckDays())), after, limit);
        return checks(read, limit, c -> c.askedAt() == null || !c.askedAt().isAfter(c.adoption().lastChecked()));
    }

    /** Adoptions to lapse now: asked over the grace period ago and not re-confirmed since. */
    public Checks adoptionsToLapse(AdoptionCursor after, int limit) {
        Instant now = clock.instant();
        List<AdoptionCheck> read = store.adoptionsAskedBefore(now.minus(Duration.ofDays(
                confirmation.adoptionGraceDays())), after, limit);
        return checks(read, limit, c -> c.askedAt().isAfter(c.adoption().lastChecked()));
    }

    /** Records that the adopter was asked now; false when the adoption changed in between. */
    public boolean markAsked(AdoptionCheck check) {
        return store.markAsked(check, clock.instant());
    }

    /** Lapses the adoption now, with a history line; empty when it changed in between (another node, an answer). */
    public Optional<Adoption> lapse(AdoptionCheck check) {
        Instant now = clock.instant();
        Adoption a = check.adoption();
        HistoryEntry line = new HistoryEntry(a.solution(), HistoryEntry.adoptionOf(a.council()), "lapsed", null,
                a.state().code(), APP, now);
        return store.lapse(check, now, line);
    }

    /** Published, not retired entries that name a key contact, in batches by key ({@code next} -1 after the last). */
    public Batch withContact(long afterNumber, int limit) {
        List<Solution> read = store.withContact(afterNumber, limit);
        return new Batch(read, read.size() < limit ? -1 : read.get(read.size() - 1).key().number());
    }

    /** Entries by key (at most 100 keys), for the names and owners of the adoptions a batch concerns. */
    public Map<SolutionKey, Solution> entries(Collection<SolutionKey> keys) {
        return store.findAll(keys);
    }

    private static Checks checks(List<AdoptionCheck> read, int limit, Predicate<AdoptionCheck> due) {
        AdoptionCursor next = null;
        if (read.size() == limit) {
            Adoption last = read.get(read.size() - 1).adoption();
            next = new AdoptionCursor(last.solution().number(), last.council().value());
        }
        return new Checks(read.stream().filter(due).toList(), next);
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
