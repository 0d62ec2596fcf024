package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.RegisterFreshness;

/**
 * Asks the key contact and the owner council's editors to confirm an entry that has not been confirmed for over N
 * days, and reminds them once at 2N days. Each nudge of one entry (for its last confirmation date) is claimed as a
 * unique row with its notifications, so a re-run or another node never makes it twice; confirming the entry starts
 * a new period. The mail goes out as each person chose for "freshness" notifications.
 */
public final class ConfirmationNudges {

    /** The first request, after N days; the reminder, at 2N days. */
    static final String DUE = "confirm-due";
    static final String REMINDER = "confirm-reminder";
    static final int BATCH = 200;

    private final RegisterFreshness register;
    private final FreshnessRecipients recipients;
    private final NotificationStore store;
    private final Clock clock;

    public ConfirmationNudges(RegisterFreshness register, FreshnessRecipients recipients, NotificationStore store,
            Clock clock) {
        this.register = register;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    /** Makes every nudge due now; answers how many entries were nudged. */
    public int run() {
        int days = register.stalenessDays();
        Instant now = clock.instant();
        int nudged = 0;
        long after = 0;
        while (after >= 0) {
            RegisterFreshness.Batch batch = register.dueForConfirmation(after, BATCH);
            for (Solution s : batch.due()) {
                if (nudge(s, days, now)) {
                    nudged++;
                }
            }
            after = batch.next();
        }
        return nudged;
    }

    private boolean nudge(Solution s, int days, Instant now) {
        Instant since = since(s);
        boolean reminder = !since.plus(Duration.ofDays(2L * days)).isAfter(now);
        String what = reminder ? REMINDER : DUE;
        List<Notification> out = recipients.notifications(recipients.ownersOf(s), what, s,
                String.valueOf(reminder ? 2 * days : days), now);
        String claim = "nudge:" + what + ":" + s.key() + ":" + since.getEpochSecond();
        return store.addOnceAsChosen(claim, out, now) && !out.isEmpty();
    }

    /** The later of creation and last confirmation: where the entry's current period began. */
    static Instant since(Solution s) {
        Instant created = s.created();
        Instant confirmed = s.lastConfirmed();
        if (confirmed == null || (created != null && created.isAfter(confirmed))) {
            return created;
        }
        return confirmed;
    }
}
