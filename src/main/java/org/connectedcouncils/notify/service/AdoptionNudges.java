package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterFreshness;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCheck;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCursor;

/**
 * The adopters' "do you still use it?": every M days after an adoption was declared or last re-confirmed, the
 * adopter council's editors are asked once; an adoption nobody re-confirms within the grace period lapses, and the
 * adopter's and the owner's editors are told. Each question and each lapse is claimed once across the cluster.
 */
public final class AdoptionNudges {

    static final String CHECK = "adoption-check";
    static final String LAPSED = "adoption-lapsed";
    static final int BATCH = 100;

    private final RegisterFreshness register;
    private final FreshnessRecipients recipients;
    private final NotificationStore store;
    private final CouncilDirectory councils;
    private final Clock clock;

    public AdoptionNudges(RegisterFreshness register, FreshnessRecipients recipients, NotificationStore store,
            CouncilDirectory councils, Clock clock) {
        this.register = register;
        this.recipients = recipients;
        this.store = store;
        this.councils = councils;
        this.clock = clock;
    }

    /** Lapses what is overdue, then asks what is due; answers how many adoptions were asked or lapsed. */
    public int run() {
        int done = 0;
        AdoptionCursor after = null;
        do {
            RegisterFreshness.Checks batch = register.adoptionsToLapse(after, BATCH);
            Map<SolutionKey, Solution> entries = entries(batch.due());
            for (AdoptionCheck check : batch.due()) {
                Solution s = entries.get(check.adoption().solution());
                if (s != null && register.lapse(check).isPresent()) {
                    tell(LAPSED, check, s, true);
                    done++;
                }
            }
            after = batch.next();
        } while (after != null);
        do {
            RegisterFreshness.Checks batch = register.adoptionsToAsk(after, BATCH);
            Map<SolutionKey, Solution> entries = entries(batch.due());
            for (AdoptionCheck check : batch.due()) {
                Solution s = entries.get(check.adoption().solution());
                if (s != null && tell(CHECK, check, s, false)) {
                    register.markAsked(check);
                    done++;
                }
            }
            after = batch.next();
        } while (after != null);
        return done;
    }

    private Map<SolutionKey, Solution> entries(List<AdoptionCheck> checks) {
        List<SolutionKey> keys = checks.stream().map(c -> c.adoption().solution()).distinct().toList();
        return keys.isEmpty() ? Map.of() : register.entries(keys);
    }

    /** Notifies the adopter's editors (and, for a lapse, the owner's) once; false when already done. */
    private boolean tell(String what, AdoptionCheck check, Solution s, boolean owners) {
        Adoption a = check.adoption();
        Instant now = clock.instant();
        Instant period = LAPSED.equals(what) ? check.askedAt() : a.lastChecked();
        String name = councils.find(a.council()).map(Council::name).orElse(a.council().value());
        Map<String, Person> people = new LinkedHashMap<>();
        recipients.editorsOf(a.council()).forEach(p -> people.putIfAbsent(p.userKey(), p));
        if (owners) {
            recipients.editorsOf(s.content().ownerCouncil()).forEach(p -> people.putIfAbsent(p.userKey(), p));
        }
        List<Notification> out = recipients.notifications(people.values(), what, s, name, now);
        String claim = "nudge:" + what + ":" + s.key() + ":" + a.council().value() + ":" + period.getEpochSecond();
        return store.addOnceAsChosen(claim, out, now);
    }
}
