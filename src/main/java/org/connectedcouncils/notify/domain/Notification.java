package org.connectedcouncils.notify.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person is told about: the kind, what happened ({@code what}, an event code such as {@code published}),
 * the thing it concerns and its name at the time, who did it, a detail (changed fields, a RAG, a council code), the
 * app-relative link to it, when, and whether the person has read it.
 */
public record Notification(long id, String recipient, NotificationKind kind, String what, WatchTarget subject,
        String title, String actorKey, String detail, String link, Instant created, boolean read) {

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(created, "created");
    }
}
