package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.RegisterFreshness;

/**
 * Contact handover: an entry whose key contact is no longer an active user (deactivated or gone) has no active
 * contact; the owner council's editors are asked, once per contact lost, to name a new one.
 */
public final class ContactHandover {

    static final String NO_CONTACT = "contact-missing";
    static final int BATCH = 200;

    private final RegisterFreshness register;
    private final People people;
    private final FreshnessRecipients recipients;
    private final NotificationStore store;
    private final Clock clock;

    public ContactHandover(RegisterFreshness register, People people, FreshnessRecipients recipients,
            NotificationStore store, Clock clock) {
        this.register = register;
        this.people = people;
        this.recipients = recipients;
        this.store = store;
        this.clock = clock;
    }

    /** Asks for a new contact wherever one is missing; answers how many entries were newly found without one. */
    public int run() {
        Instant now = clock.instant();
        int found = 0;
        long after = 0;
        while (after >= 0) {
            RegisterFreshness.Batch batch = register.withContact(after, BATCH);
            for (Solution s : batch.due()) {
                if (people.find(s.content().keyContact()).isEmpty() && ask(s, now)) {
                    found++;
                }
            }
            after = batch.next();
        }
        return found;
    }

    private boolean ask(Solution s, Instant now) {
        List<Notification> out = recipients.notifications(recipients.editorsOf(s.content().ownerCouncil()),
                NO_CONTACT, s, null, now);
        String claim = "nudge:" + NO_CONTACT + ":" + s.key() + ":" + s.content().keyContact();
        return store.addOnceAsChosen(claim, out, now);
    }
}
