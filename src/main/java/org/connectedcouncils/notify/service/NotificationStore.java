package org.connectedcouncils.notify.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;

/**
 * Stored notifications, each with how it is to be mailed ({@link MailChoice}, fixed from the person's choice and
 * updated when they change it) and whether it has been; the people's choices; and the sent-mail claims that make
 * every mail go out once: a claim is a row with a unique key, written in the same transaction as the decision.
 */
public interface NotificationStore {

    /** Stores new notifications, each to be mailed as {@code delivery} says for its recipient and kind. */
    void add(List<Notification> notifications, Map<String, Map<NotificationKind, MailChoice>> delivery);

    /**
     * In one transaction: writes the claim {@code claimKey} and stores the notifications, as {@link #add} does.
     * Answers false (and stores nothing) when the claim exists: this nudge was already made, on this node or another.
     */
    boolean addOnce(String claimKey, List<Notification> notifications,
            Map<String, Map<NotificationKind, MailChoice>> delivery, Instant at);

    /** {@link #add}, each notification to be mailed as its recipient has chosen ({@link #choices}). */
    default void addAsChosen(List<Notification> notifications) {
        add(notifications, choices(notifications.stream().map(Notification::recipient).toList()));
    }

    /** {@link #addOnce}, each notification to be mailed as its recipient has chosen ({@link #choices}). */
    default boolean addOnceAsChosen(String claimKey, List<Notification> notifications, Instant at) {
        return addOnce(claimKey, notifications, choices(notifications.stream().map(Notification::recipient).toList()),
                at);
    }

    /** Newest first; {@code unreadOnly} leaves read ones out. */
    Page<Notification> page(String recipient, boolean unreadOnly, PageRequest page);

    int unread(String recipient);

    /** Marks one (or, with {@code id} null, every) notification of the person read; answers how many changed. */
    int markRead(String recipient, Long id, Instant at);

    /** Each person's explicit choices (kinds they never chose are absent), one statement. */
    Map<String, Map<NotificationKind, MailChoice>> choices(Collection<String> userKeys);

    /** Sets the person's choice for a kind, and re-plans their notifications not yet mailed. */
    void choose(String userKey, NotificationKind kind, MailChoice choice);

    /** Up to {@code limit} notifications waiting to be mailed as {@code delivery}, oldest first. */
    List<Notification> waiting(MailChoice delivery, int limit);

    /**
     * In one transaction: writes the claim {@code claimKey} and marks {@code notificationIds} mailed. Answers false
     * (and changes nothing) when the claim already exists: another run, on this node or another, has sent it.
     */
    boolean claim(String claimKey, String recipient, Collection<Long> notificationIds, Instant at);

    /** Undoes a claim whose mail could not be sent (the server refused it): the notifications wait again. */
    void release(String claimKey, Collection<Long> notificationIds);
}
