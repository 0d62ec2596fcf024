package org.connectedcouncils.notify.rest;

/**
 * One notification: its id, kind, event, the thing (type, key, title), the sentence saying what happened, who did it,
 * the detail, the app-relative link, when, and whether it has been read. Plain text: the reader escapes it.
 */
public record NotificationJson(long id, String kind, String what, String subjectType, String subjectKey,
        String title, String message, String detail, String link, String created, boolean read) {
}
