package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.Person;

/**
 * Mails what is waiting: each immediate notification on its own, and per person one daily or weekly digest. Every
 * mail is first claimed as a unique row (with its notifications marked mailed) in one transaction, and sent only
 * when the claim succeeds; so a re-run, or another node running at the same moment, never sends it twice. A mail
 * the server refuses is released to wait for the next run; the run then stops and reports the failure.
 */
public final class MailDelivery {

    /** Most notifications one run reads; a longer queue is worked off by the next runs. */
    static final int BATCH = 1000;

    private final NotificationStore store;
    private final People people;
    private final MailBodies bodies;
    private final MailSender sender;
    private final Clock clock;

    public MailDelivery(NotificationStore store, People people, MailBodies bodies, MailSender sender, Clock clock) {
        this.store = store;
        this.people = people;
        this.bodies = bodies;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends the waiting immediate notifications; answers how many mails went out. */
    public int sendImmediate() {
        int sent = 0;
        for (Notification n : store.waiting(MailChoice.IMMEDIATE, BATCH)) {
            if (deliver("immediate:" + n.id(), n.recipient(), MailChoice.IMMEDIATE, List.of(n))) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends each person one digest of what waits for {@code period} (daily or weekly); answers how many. */
    public int sendDigests(MailChoice period) {
        if (period != MailChoice.DAILY && period != MailChoice.WEEKLY) {
            throw new IllegalArgumentException("Digests are daily or weekly, not " + period);
        }
        Map<String, List<Notification>> byPerson = new LinkedHashMap<>();
        for (Notification n : store.waiting(period, BATCH)) {
            byPerson.computeIfAbsent(n.recipient(), k -> new java.util.ArrayList<>()).add(n);
        }
        String when = periodKey(period, clock.instant());
        int sent = 0;
        for (Map.Entry<String, List<Notification>> e : byPerson.entrySet()) {
            if (deliver(period.code() + ":" + when + ":" + e.getKey(), e.getKey(), period, e.getValue())) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims, then sends; false when someone else claimed it first (or the person has no address). */
    private boolean deliver(String claimKey, String recipient, MailChoice delivery, List<Notification> items) {
        List<Long> ids = items.stream().map(Notification::id).toList();
        Optional<Person> person = people.find(recipient).filter(Person::hasEmail);
        if (person.isEmpty()) {
            store.claim("unreachable:" + claimKey, recipient, ids, clock.instant());
            return false;
        }
        if (!store.claim(claimKey, recipient, ids, clock.instant())) {
            return false;
        }
        try {
            sender.send(bodies.mail(person.get(), delivery, items));
        } catch (RuntimeException e) {
            store.release(claimKey, ids);
            throw e;
        }
        return true;
    }

    /** The day ({@code 2026-12-05}) or ISO week ({@code 2026-W49}) a digest covers, in UTC. */
    static String periodKey(MailChoice period, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (period == MailChoice.DAILY) {
            return day.toString();
        }
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
