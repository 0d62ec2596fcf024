package org.connectedcouncils.notify.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.DomainEvent;
import org.connectedcouncils.common.service.DomainEventSubscriber;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.MaturityEvent;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.Person;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.domain.WatchTarget.Type;
import org.connectedcouncils.register.domain.EntryEvent;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.workinggroup.domain.GroupEvent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;

/**
 * Turns the register's, the working groups' and maturity's events into notifications for the people watching the
 * thing, its council(s) or (for a newly published entry) its service areas, each person once, never the one who did it, and
 * only those who may see it now: a draft only its editors and admins, a join request or invitation only the group's
 * managers, the council's editors and admins.
 */
public final class NotificationFanOut implements DomainEventSubscriber {

    /** Where a group's Confluence project page is; a group without one links nowhere. */
    static final String PAGE_PATH = "/pages/viewpage.action?pageId=";
    /** An entry's own page (the host's solution page servlet), the key follows. */
    static final String ENTRY_PATH = "/plugins/servlet/connected-councils/solutions/";
    private static final int TEXT_MAX = 255;

    private final WatchStore watches;
    private final NotificationStore notifications;
    private final People people;
    private final CouncilDirectory councils;

    public NotificationFanOut(WatchStore watches, NotificationStore notifications, People people,
            CouncilDirectory councils) {
        this.watches = watches;
        this.notifications = notifications;
        this.people = people;
        this.councils = councils;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof EntryEvent entry) {
            onEntry(entry);
        } else if (event instanceof GroupEvent group) {
            onGroup(group);
        } else if (event instanceof MaturityEvent maturity) {
            onMaturity(maturity);
        }
    }

    /**
     * A watched council was assessed or reviewed: its watchers who are signed in (assessments are public). The area
     * is stored by its code at the start of the detail ({@code @waste 3}), so each reader reads its name in their
     * language ({@link NotificationReading}).
     */
    private void onMaturity(MaturityEvent e) {
        Set<WatchTarget> targets = new LinkedHashSet<>();
        addCouncil(targets, e.council());
        String detail = e.what() == MaturityEvent.What.REVIEWED
                ? councilName(e.reviewer()) + ": " + e.detail() : e.detail();
        Draft draft = new Draft("maturity-" + e.what().name().toLowerCase(java.util.Locale.ROOT),
                WatchTarget.of(Type.COUNCIL, e.council().value()), e.councilName(), e.actorKey(),
                NotificationReading.AREA_MARK + e.areaCode() + " " + detail, null, e.at());
        fanOut(targets, draft, NotificationKind.MATURITY, actor -> !actor.isAnonymous());
    }

    private void onEntry(EntryEvent e) {
        Solution solution = e.solution();
        Set<WatchTarget> targets = new LinkedHashSet<>();
        targets.add(WatchTarget.of(Type.ENTRY, solution.key()));
        addCouncil(targets, solution.content().ownerCouncil());
        addCouncil(targets, e.council());
        if (e.what() == EntryEvent.What.PUBLISHED) {
            solution.content().serviceAreas().forEach(a -> targets.add(WatchTarget.of(Type.SERVICE_AREA, a)));
        }
        NotificationKind kind = switch (e.what()) {
            case ADOPTION_DECLARED, ADOPTION_CHANGED, ADOPTION_CONFIRMED -> NotificationKind.ADOPTION;
            case STATUS_REPORTED -> NotificationKind.STATUS_REPORT;
            default -> NotificationKind.ENTRY;
        };
        String detail = switch (e.what()) {
            case UPDATED -> String.join(", ", e.fields());
            case ADOPTION_DECLARED, ADOPTION_CHANGED, ADOPTION_CONFIRMED -> councilName(e.council()) + ": " + e.state();
            case STATUS_REPORTED -> e.state();
            default -> null;
        };
        Draft draft = new Draft(e.what().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                WatchTarget.of(Type.ENTRY, solution.key()), solution.content().name(), e.actorKey(), detail,
                ENTRY_PATH + solution.key(), e.at());
        fanOut(targets, draft, kind, actor -> RegisterPolicy.canSee(actor, solution));
    }

    private void onGroup(GroupEvent e) {
        WorkingGroup group = e.group();
        Set<WatchTarget> targets = new LinkedHashSet<>();
        targets.add(WatchTarget.of(Type.GROUP, group.key()));
        addCouncil(targets, group.leadCouncil());
        addCouncil(targets, e.council());
        NotificationKind kind = e.what() == GroupEvent.What.STATUS_REPORTED ? NotificationKind.STATUS_REPORT
                : NotificationKind.MEMBERSHIP;
        String detail = e.rag() != null ? e.rag().code() : councilName(e.council());
        Draft draft = new Draft(e.what().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                WatchTarget.of(Type.GROUP, group.key()), group.details().name(), e.actorKey(), detail,
                group.projectPageId() == null ? null : PAGE_PATH + group.projectPageId(), e.at());
        fanOut(targets, draft, kind, actor -> !actor.isAnonymous() && (!e.isPrivate() || actor.admin()
                || WorkingGroupPolicy.canManage(actor, group) || actor.editsFor(e.council())));
    }

    /** What every recipient's notification of one event shares. */
    private record Draft(String what, WatchTarget subject, String title, String actorKey, String detail, String link,
            java.time.Instant at) {
    }

    private void fanOut(Set<WatchTarget> targets, Draft draft, NotificationKind kind, Predicate<Actor> maySee) {
        Map<String, List<WatchTarget>> watchers = watches.watchers(targets);
        watchers.remove(draft.actorKey());
        if (watchers.isEmpty()) {
            return;
        }
        List<Notification> out = new ArrayList<>();
        Map<String, Person> found = people.findAll(watchers.keySet());
        watchers.forEach((userKey, watched) -> {
            Person person = found.get(userKey);
            if (person == null || !maySee.test(person.actor())) {
                return;
            }
            boolean areaOnly = watched.stream().allMatch(t -> t.type() == Type.SERVICE_AREA);
            out.add(new Notification(0, userKey, areaOnly ? NotificationKind.NEW_IN_AREA : kind, draft.what(),
                    draft.subject(), cut(draft.title()), draft.actorKey(), cut(draft.detail()), draft.link(),
                    draft.at(), false));
        });
        if (!out.isEmpty()) {
            notifications.addAsChosen(out);
        }
    }

    private static void addCouncil(Set<WatchTarget> targets, CouncilCode council) {
        if (council != null) {
            targets.add(WatchTarget.of(Type.COUNCIL, council.value()));
        }
    }

    private String councilName(CouncilCode code) {
        return code == null ? null : councils.find(code).map(Council::name).orElse(code.value());
    }

    static String cut(String text) {
        return text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "\u2026";
    }
}
