package org.connectedcouncils.notify.page;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.MailBodies;
import org.connectedcouncils.notify.service.NotificationReading;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.notify.service.Notifications;
import org.connectedcouncils.notify.service.WatchedNames;
import org.connectedcouncils.notify.service.Watching;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;

/**
 * The signed-in person's Notifications page ({@value MailBodies#PAGE_PATH}, linked from Confluence's user menu):
 * notifications newest first with read/unread, what they watch, the service areas with a watch button each, and
 * how each kind is mailed. Reads through notify's
 * services; its script writes through the REST API in JSON.
 */
public final class NotificationsPage {

    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:notify-pages";
    public static final String DOCUMENT = "templates/notify/notifications-page.vm";
    static final String BODY = "templates/notify/notifications.vm";
    static final String PREFIX = "connected-councils.notify.page.";
    static final String REST_PATH = "/rest/connected-councils/1.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The page: whether the reader must sign in first, its title and its body (escaped by the template). */
    public record Shown(boolean signIn, String title, String bodyHtml) {
    }

    /** The page as a whole document for Confluence's decorator. */
    public record Document(boolean signIn, String html) {
    }

    /** What the document template shows: the title and the body. */
    public record DocumentView(String title, String bodyHtml) {
    }

    private final Notifications notifications;
    private final Watching watching;
    private final NotificationTexts texts;
    private final MacroOutput output;
    private final ActorProvider actors;
    private final ServiceAreaCatalogue areas;
    private final WatchedNames names;

    public NotificationsPage(Notifications notifications, Watching watching, NotificationTexts texts,
            MacroOutput output, ActorProvider actors, ServiceAreaCatalogue areas, WatchedNames names) {
        this.notifications = notifications;
        this.watching = watching;
        this.texts = texts;
        this.output = output;
        this.actors = actors;
        this.areas = areas;
        this.names = names;
    }

    /**
     * The page; {@code start} and {@code watchStart} are the first rows of the two lists, {@code unsubscribe} the
     * kind a mail's "stop" link names (each may be null or junk).
     */
    public Shown show(String start, String watchStart, String unsubscribe) throws MacroExecutionException {
        if (actors.current() == null || actors.current().isAnonymous()) {
            return new Shown(true, "", "");
        }
        DisplayText text = output.text();
        try {
            Page<Notification> page = notifications.list(false, new PageRequest(number(start),
                    PageRequest.DEFAULT_LIMIT));
            Page<Watch> watches = watching.watches(new PageRequest(number(watchStart), PageRequest.DEFAULT_LIMIT));
            Map<NotificationKind, MailChoice> chosen = notifications.choices();
            SolutionPages pages = output.solutionPages(OutputMode.INTERACTIVE);
            String prefix = pages.prefix();
            NotificationReading reading = texts.reading();
            List<NotificationsPageView.Row> rows = page.items().stream().map(n -> new NotificationsPageView.Row(
                    n.id(), reading.sentence(n), n.link() == null ? "" : prefix + n.link(),
                    TIME.format(n.created()), n.created().toString(), n.read())).toList();
            List<NotificationsPageView.ChoiceRow> choices = new ArrayList<>();
            NotificationsPageView.ChoiceRow stop = null;
            for (NotificationKind kind : NotificationKind.values()) {
                NotificationsPageView.ChoiceRow row = choice(text, kind, chosen.getOrDefault(kind,
                        MailChoice.DEFAULT));
                choices.add(row);
                if (kind.code().equals(unsubscribe)) {
                    stop = row;
                }
            }
            List<ServiceArea> allAreas = areas.all();
            Map<String, String> areaNames = new HashMap<>();
            allAreas.forEach(a -> areaNames.put(a.code(), a.nameFor(text.welsh())));
            Map<WatchTarget, WatchedNames.Named> named = names.of(watches.items().stream().map(Watch::target)
                    .toList());
            String here = prefix + MailBodies.PAGE_PATH;
            NotificationsPageView view = new NotificationsPageView("cc-notifications", REST_PATH,
                    text.text(PREFIX + "unread", notifications.unread()), rows,
                    page.hasPrevious() ? here + "?start=" + Math.max(0, page.start() - page.limit()) : "",
                    page.hasNext() ? here + "?start=" + (page.start() + page.limit()) : "",
                    watches.items().stream().map(w -> watchRow(text, w, pages, areaNames, named)).toList(),
                    watches.hasPrevious() ? here + "?watches=" + Math.max(0, watches.start() - watches.limit())
                            + "#cc-notifications-watches" : "",
                    watches.hasNext() ? here + "?watches=" + (watches.start() + watches.limit())
                            + "#cc-notifications-watches" : "",
                    allAreas.stream().filter(a -> !a.retired()).sorted(ServiceArea.byNameFor(text.welsh()))
                            .map(a -> new NotificationsPageView.AreaRow(a.code(), a.nameFor(text.welsh()))).toList(),
                    choices, stop, scriptTexts(text));
            return new Shown(false, text.text(PREFIX + "title"), output.render(BODY, view, OutputMode.INTERACTIVE,
                    WEB_RESOURCE));
        } catch (Refusal.NotAuthenticated e) {
            return new Shown(true, "", "");
        }
    }

    /** {@link #show} as an HTML document titled with the page title, which Confluence decorates. */
    public Document document(String start, String watchStart, String unsubscribe) throws MacroExecutionException {
        Shown shown = show(start, watchStart, unsubscribe);
        if (shown.signIn()) {
            return new Document(true, "");
        }
        return new Document(false, output.fragment(DOCUMENT, new DocumentView(shown.title(), shown.bodyHtml())));
    }

    private static NotificationsPageView.ChoiceRow choice(DisplayText text, NotificationKind kind,
            MailChoice current) {
        List<NotificationsPageView.ChoiceOption> options = new ArrayList<>();
        for (MailChoice c : MailChoice.values()) {
            options.add(new NotificationsPageView.ChoiceOption(c.code(), text.text(PREFIX + "choice." + c.code()),
                    c == current));
        }
        return new NotificationsPageView.ChoiceRow(kind.code(), text.text(PREFIX + "kind." + kind.code()), options);
    }

    /**
     * A watched thing is shown by its name (a service area's in the reader's language), linked to its page where it
     * has one (an entry's own page, a group's project page, a council's space home page, where its profile is); by
     * its key when it no longer exists.
     */
    static NotificationsPageView.WatchRow watchRow(DisplayText text, Watch w, SolutionPages pages,
            Map<String, String> areaNames, Map<WatchTarget, WatchedNames.Named> named) {
        WatchTarget t = w.target();
        WatchedNames.Named thing = named.get(t);
        String name = t.type() == WatchTarget.Type.SERVICE_AREA ? areaNames.getOrDefault(t.key(), t.key())
                : thing == null ? t.key() : thing.name();
        String href = switch (t.type()) {
            case ENTRY -> pages.href(t.key());
            case GROUP, COUNCIL -> thing == null || thing.pageId() == null ? ""
                    : pages.confluencePage(thing.pageId());
            default -> "";
        };
        return new NotificationsPageView.WatchRow(t.type().code(), t.key(),
                text.text(PREFIX + "watch." + t.type().code(), name), href);
    }

    private static List<Views.Option> scriptTexts(DisplayText text) {
        List<Views.Option> out = new ArrayList<>();
        for (String name : List.of("working", "saved", "error")) {
            out.add(new Views.Option(name, text.text(PREFIX + "script." + name)));
        }
        return out;
    }

    private static int number(String raw) {
        try {
            int n = raw == null ? 0 : Integer.parseInt(raw.trim());
            return Math.max(0, Math.min(n, PageRequest.MAX_START));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
