package org.connectedcouncils.notify.page;

import java.util.List;

import org.connectedcouncils.common.macro.Views;

/**
 * The person's Notifications page: their notifications (newest first, paged, unread marked), what they watch
 * (paged), every service area with its watch button, and how each kind is mailed; {@code unsubscribe} is the kind a mail's "stop" link names, or null.
 */
public record NotificationsPageView(
        String id,
        String restPath,
        String unreadText,
        List<Row> rows,
        String newerHref,
        String olderHref,
        List<WatchRow> watches,
        String watchesNewerHref,
        String watchesOlderHref,
        List<AreaRow> areas,
        List<ChoiceRow> choices,
        ChoiceRow unsubscribe,
        List<Views.Option> scriptTexts) {

    /** Whether there is no notification to show (the template says so instead of an empty list). */
    public boolean noNotifications() {
        return rows.isEmpty();
    }

    /** Whether the person watches nothing. */
    public boolean noWatches() {
        return watches.isEmpty();
    }

    /** Whether there is no service area to watch (none is active). */
    public boolean noAreas() {
        return areas.isEmpty();
    }

    /** One notification: its sentence, when, whether read, and a link to what it is about ("" when none). */
    public record Row(long id, String sentence, String href, String time, String iso, boolean read) {
    }

    /** One watched thing: what it is ("Entry CC-12"), a link to it ("" when it has no page of its own). */
    public record WatchRow(String type, String key, String label, String href) {
    }

    /** One service area the person may watch: its code (the watch key) and name; the button shows the state. */
    public record AreaRow(String code, String name) {
    }

    /** One kind of notification and how it is mailed. */
    public record ChoiceRow(String kind, String label, List<ChoiceOption> options) {
    }

    /** One mail choice in the list, the current one selected. */
    public record ChoiceOption(String value, String label, boolean selected) {
    }
}
