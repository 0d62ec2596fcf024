package org.connectedcouncils.notify.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.connectedcouncils.common.domain.DomainEvent;
import org.connectedcouncils.common.service.DomainEventSubscriber;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.domain.EditorRequestEvent;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.WatchTarget;

/**
 * Tells the people a request for editor rights concerns, whether or not they watch anything: a new request goes to
 * the council's editors, the decision to the requester; never to the one who acted. Membership notifications, mailed
 * as each person chose.
 */
public final class EditorRightsNotices implements DomainEventSubscriber {

    private final CouncilEditors editors;
    private final NotificationStore notifications;
    private final CouncilDirectory councils;

    public EditorRightsNotices(CouncilEditors editors, NotificationStore notifications, CouncilDirectory councils) {
        this.editors = editors;
        this.notifications = notifications;
        this.councils = councils;
    }

    @Override
    public void on(DomainEvent event) {
        if (!(event instanceof EditorRequestEvent e)) {
            return;
        }
        EditorRequest r = e.request();
        Set<String> recipients = new LinkedHashSet<>();
        if (e.what() == EditorRequestEvent.What.REQUESTED) {
            recipients.addAll(editors.of(r.council()));
        } else {
            recipients.add(r.requester());
        }
        recipients.remove(e.actorKey());
        if (recipients.isEmpty()) {
            return;
        }
        String title = councils.find(r.council()).map(Council::name).orElse(r.council().value());
        String detail = switch (e.what()) {
            case REQUESTED -> r.reason();
            case REFUSED -> r.refusal();
            case APPROVED -> null;
        };
        String what = "editor-" + e.what().name().toLowerCase(Locale.ROOT);
        List<Notification> out = new ArrayList<>();
        for (String recipient : recipients) {
            out.add(new Notification(0, recipient, NotificationKind.MEMBERSHIP, what,
                    WatchTarget.of(WatchTarget.Type.COUNCIL, r.council().value()), NotificationFanOut.cut(title), e.actorKey(),
                    NotificationFanOut.cut(detail), null, e.at(), false));
        }
        notifications.addAsChosen(out);
    }

}
