package org.connectedcouncils.notify.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.NotificationStore;

/**
 * {@link NotificationStore} on Active Objects. A claim is an insert into the sent-mail table, whose unique key makes
 * the database refuse a second claim of the same mail, however many nodes or re-runs try at the same moment.
 */
public final class AoNotificationStore implements NotificationStore {

    static final String PENDING = "pending";
    static final String MAILED = "mailed";
    static final String SKIPPED = "skipped";

    private final ActiveObjects ao;

    public AoNotificationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(List<Notification> notifications, Map<String, Map<NotificationKind, MailChoice>> delivery) {
        if (notifications.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = rows(notifications, delivery);
        ao.executeInTransaction(() -> {
            ao.create(AoNotification.class, rows);
            return null;
        });
    }

    @Override
    public boolean addOnce(String claimKey, List<Notification> notifications,
            Map<String, Map<NotificationKind, MailChoice>> delivery, Instant at) {
        List<Map<String, Object>> rows = rows(notifications, delivery);
        String recipient = notifications.isEmpty() ? "-" : notifications.get(0).recipient();
        return AoSql.unlessDuplicate(() -> ao.executeInTransaction(() -> {
            ao.create(AoSentMail.class, Map.of(AoSentMail.CLAIM_KEY, ClaimKeys.hash(claimKey),
                    AoSentMail.RECIPIENT, recipient, AoSentMail.SENT_AT, Date.from(at)));
            if (!rows.isEmpty()) {
                ao.create(AoNotification.class, rows);
            }
            return true;
        }));
    }

    private static List<Map<String, Object>> rows(List<Notification> notifications,
            Map<String, Map<NotificationKind, MailChoice>> delivery) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Notification n : notifications) {
            MailChoice choice = delivery.getOrDefault(n.recipient(), Map.of()).getOrDefault(n.kind(),
                    MailChoice.DEFAULT);
            Map<String, Object> row = new HashMap<>();
            row.put(AoNotification.RECIPIENT, n.recipient());
            row.put(AoNotification.KIND, n.kind().code());
            row.put(AoNotification.EVENT_CODE, n.what());
            row.put(AoNotification.SUBJECT_TYPE, n.subject().type().code());
            row.put(AoNotification.SUBJECT_KEY, n.subject().key());
            row.put(AoNotification.TITLE, n.title());
            row.put(AoNotification.ACTOR_KEY, n.actorKey());
            row.put(AoNotification.DETAIL, n.detail());
            row.put(AoNotification.LINK_PATH, n.link());
            row.put(AoNotification.CREATED, Date.from(n.created()));
            row.put(AoNotification.READ_FLAG, false);
            row.put(AoNotification.DELIVERY, choice.code());
            row.put(AoNotification.MAIL_STATE, choice == MailChoice.OFF ? SKIPPED : PENDING);
            rows.add(row);
        }
        return rows;
    }

    @Override
    public Page<Notification> page(String recipient, boolean unreadOnly, PageRequest page) {
        String where = AoNotification.RECIPIENT + " = ?" + (unreadOnly ? " AND " + AoNotification.READ_FLAG
                + " = ?" : "");
        Object[] params = unreadOnly ? new Object[] {recipient, false} : new Object[] {recipient};
        int total = ao.count(AoNotification.class, Query.select().where(where, params));
        List<Notification> items = new ArrayList<>();
        for (AoNotification row : ao.find(AoNotification.class, Query.select().where(where, params)
                .order(AoNotification.CREATED + " DESC, ID DESC").offset(page.start()).limit(page.limit()))) {
            items.add(toNotification(row));
        }
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public int unread(String recipient) {
        return ao.count(AoNotification.class, Query.select().where(AoNotification.RECIPIENT + " = ? AND "
                + AoNotification.READ_FLAG + " = ?", recipient, false));
    }

    @Override
    public int markRead(String recipient, Long id, Instant at) {
        return ao.executeInTransaction(() -> {
            String where = AoNotification.RECIPIENT + " = ? AND " + AoNotification.READ_FLAG + " = ?"
                    + (id == null ? "" : " AND ID = ?");
            Object[] params = id == null ? new Object[] {recipient, false}
                    : new Object[] {recipient, false, id.intValue()};
            AoNotification[] rows = ao.find(AoNotification.class, Query.select().where(where, params)
                    .limit(id == null ? 10_000 : 1));
            for (AoNotification row : rows) {
                row.setReadFlag(true);
                row.setReadAt(Date.from(at));
                row.save();
            }
            if (id != null && rows.length == 0) {
                return ao.count(AoNotification.class, Query.select().where(AoNotification.RECIPIENT + " = ? AND ID = ?",
                        recipient, id.intValue()));
            }
            return rows.length;
        });
    }

    @Override
    public Map<String, Map<NotificationKind, MailChoice>> choices(Collection<String> userKeys) {
        Map<String, Map<NotificationKind, MailChoice>> out = new HashMap<>();
        for (List<String> keys : AoSql.inLists(new LinkedHashSet<>(userKeys))) {
            for (AoMailChoice row : ao.find(AoMailChoice.class, Query.select().where(AoMailChoice.USER_KEY + " IN ("
                    + AoSql.placeholders(keys.size()) + ")", keys.toArray()))) {
                Coded.fromCode(NotificationKind.class, row.getKind()).ifPresent(kind ->
                        Coded.fromCode(MailChoice.class, row.getChoice()).ifPresent(choice ->
                                out.computeIfAbsent(row.getUserKey(), k -> new EnumMap<>(NotificationKind.class))
                                        .put(kind, choice)));
            }
        }
        return out;
    }

    @Override
    public void choose(String userKey, NotificationKind kind, MailChoice choice) {
        String key = kind.code() + ":" + ClaimKeys.hash(userKey);
        ao.executeInTransaction(() -> {
            AoMailChoice[] found = ao.find(AoMailChoice.class, Query.select().where(AoMailChoice.CHOICE_KEY + " = ?",
                    key));
            if (found.length == 0) {
                ao.create(AoMailChoice.class, Map.of(AoMailChoice.USER_KEY, userKey, AoMailChoice.KIND, kind.code(),
                        AoMailChoice.CHOICE, choice.code(), AoMailChoice.CHOICE_KEY, key));
            } else {
                found[0].setChoice(choice.code());
                found[0].save();
            }
            for (AoNotification row : ao.find(AoNotification.class, Query.select().where(AoNotification.RECIPIENT
                    + " = ? AND " + AoNotification.KIND + " = ? AND " + AoNotification.MAIL_STATE + " IN (?, ?)",
                    userKey, kind.code(), PENDING, SKIPPED).limit(10_000))) {
                row.setDelivery(choice.code());
                row.setMailState(choice == MailChoice.OFF ? SKIPPED : PENDING);
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<Notification> waiting(MailChoice delivery, int limit) {
        List<Notification> out = new ArrayList<>();
        for (AoNotification row : ao.find(AoNotification.class, Query.select().where(AoNotification.MAIL_STATE
                + " = ? AND " + AoNotification.DELIVERY + " = ?", PENDING, delivery.code()).order("ID")
                .limit(limit))) {
            out.add(toNotification(row));
        }
        return out;
    }

    @Override
    public boolean claim(String claimKey, String recipient, Collection<Long> notificationIds, Instant at) {
        return AoSql.unlessDuplicate(() -> ao.executeInTransaction(() -> {
            ao.create(AoSentMail.class, Map.of(AoSentMail.CLAIM_KEY, ClaimKeys.hash(claimKey),
                    AoSentMail.RECIPIENT, recipient, AoSentMail.SENT_AT, Date.from(at)));
            setMailState(notificationIds, MAILED);
            return true;
        }));
    }

    @Override
    public void release(String claimKey, Collection<Long> notificationIds) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoSentMail.class, AoSentMail.CLAIM_KEY + " = ?", ClaimKeys.hash(claimKey));
            setMailState(notificationIds, PENDING);
            return null;
        });
    }

    private void setMailState(Collection<Long> notificationIds, String state) {
        for (List<Long> ids : AoSql.inLists(notificationIds)) {
            for (AoNotification row : ao.find(AoNotification.class, Query.select().where("ID IN ("
                    + AoSql.placeholders(ids.size()) + ")", ids.stream().map(Long::intValue).toArray()))) {
                row.setMailState(state);
                row.save();
            }
        }
    }

    private static Notification toNotification(AoNotification row) {
        WatchTarget subject = new WatchTarget(Coded.fromCode(WatchTarget.Type.class, row.getSubjectType())
                .orElse(WatchTarget.Type.ENTRY), row.getSubjectKey());
        return new Notification(row.getID(), row.getRecipient(),
                Coded.fromCode(NotificationKind.class, row.getKind()).orElse(NotificationKind.ENTRY),
                row.getEventCode(), subject, row.getTitle(), row.getActorKey(), row.getDetail(), row.getLinkPath(),
                row.getCreated().toInstant(), row.isReadFlag());
    }
}
