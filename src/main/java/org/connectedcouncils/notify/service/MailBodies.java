package org.connectedcouncils.notify.service;

import static org.connectedcouncils.common.domain.HtmlText.escape;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.service.MailSender.OutgoingMail;

/**
 * Writes the e-mail for one notification or one person's digest: a text part, and an HTML part in which every
 * value (titles, names, details, links) is escaped here, in one place; each kind in the mail gets its unsubscribe
 * link (to the person's notifications page, which sets that kind to "off").
 */
public final class MailBodies {

    /** The person's notifications page (the host's servlet); {@code ?unsubscribe=<kind>} offers to stop a kind. */
    public static final String PAGE_PATH = "/plugins/servlet/connected-councils/notifications";
    static final String PREFIX = "connected-councils.notify.mail.";

    private final NotificationTexts texts;
    private final AppAddress site;

    public MailBodies(NotificationTexts texts, AppAddress site) {
        this.texts = texts;
        this.site = site;
    }

    /**
     * The mail for {@code items} (one for an immediate mail, the period's for a digest) to {@code person}, written in
     * their language (their Confluence locale; the site's when unknown).
     */
    public OutgoingMail mail(Person person, MailChoice delivery, List<Notification> items) {
        NotificationReading reading = texts.reading(person.locale());
        String base = trimSlash(site.baseUrl());
        String subject = delivery == MailChoice.IMMEDIATE && items.size() == 1
                ? reading.text(PREFIX + "subject", reading.sentence(items.get(0)))
                : reading.text(PREFIX + "subject." + delivery.code(), items.size());
        StringBuilder text = new StringBuilder(reading.text(PREFIX + "greeting", person.name())).append("\n\n");
        StringBuilder html = new StringBuilder("<html><body><p>")
                .append(escape(reading.text(PREFIX + "greeting", person.name()))).append("</p><ul>");
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (Notification n : items) {
            kinds.add(n.kind());
            String sentence = reading.sentence(n);
            String link = n.link() == null ? null : base + n.link();
            text.append("- ").append(sentence).append(link == null ? "" : "\n  " + link).append('\n');
            html.append("<li>").append(escape(sentence));
            if (link != null) {
                html.append(" <a href=\"").append(escape(link)).append("\">")
                        .append(escape(reading.text(PREFIX + "open"))).append("</a>");
            }
            html.append("</li>");
        }
        // Nudges come from looking after or using an entry, not from a watch: the mail says so when it holds only those.
        boolean nudgesOnly = kinds.equals(Set.of(NotificationKind.FRESHNESS));
        String why = reading.text(PREFIX + (nudgesOnly ? "why.freshness" : "why"));
        html.append("</ul><hr><p>").append(escape(why)).append("</p><p>");
        text.append("\n--\n").append(why).append('\n');
        for (NotificationKind kind : kinds) {
            String stop = reading.text(PREFIX + "unsubscribe", reading.text(PREFIX + "kind." + kind.code()));
            String href = base + PAGE_PATH + "?unsubscribe=" + kind.code();
            text.append(stop).append(": ").append(href).append('\n');
            html.append("<a href=\"").append(escape(href)).append("\">").append(escape(stop)).append("</a><br>");
        }
        html.append("</p></body></html>");
        return new OutgoingMail(person.email(), subject, text.toString(), html.toString());
    }

    private static String trimSlash(String base) {
        String b = base == null ? "" : base;
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }
}
