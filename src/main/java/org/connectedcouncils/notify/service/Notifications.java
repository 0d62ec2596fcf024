package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.SignedIn;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;

/** The signed-in person's notifications (newest first, read or unread) and their mail choice per kind. */
public final class Notifications {

    private final NotificationStore store;
    private final ActorProvider actors;
    private final Clock clock;

    public Notifications(NotificationStore store, ActorProvider actors, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.clock = clock;
    }

    public Page<Notification> list(boolean unreadOnly, PageRequest page) {
        return store.page(signedIn().userKey(), unreadOnly, page);
    }

    public int unread() {
        return store.unread(signedIn().userKey());
    }

    /** Marks one notification read; {@link NotFound} when it is not the person's. */
    public void markRead(long id) {
        if (store.markRead(signedIn().userKey(), id, clock.instant()) == 0) {
            throw new NotFound(String.valueOf(id));
        }
    }

    public int markAllRead() {
        return store.markRead(signedIn().userKey(), null, clock.instant());
    }

    /** Every kind with the person's choice (the default where they never chose), in the kinds' order. */
    public Map<NotificationKind, MailChoice> choices() {
        String me = signedIn().userKey();
        Map<NotificationKind, MailChoice> chosen = store.choices(List.of(me)).getOrDefault(me, Map.of());
        Map<NotificationKind, MailChoice> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, chosen.getOrDefault(kind, MailChoice.DEFAULT));
        }
        return all;
    }

    public Map<NotificationKind, MailChoice> choose(NotificationKind kind, MailChoice choice) {
        store.choose(signedIn().userKey(), kind, choice);
        return choices();
    }

    private Actor signedIn() {
        return SignedIn.require(actors);
    }
}
