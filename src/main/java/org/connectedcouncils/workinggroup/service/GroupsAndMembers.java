package org.connectedcouncils.workinggroup.service;

import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.NOT_COUNCIL_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.open;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.StaleVersion;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/**
 * The use cases on groups and their members: set up, edit, change status, read, add, switch, remove and hand over
 * the lead, applying the funding-bid rules (lead limit, minimum partners).
 */
public final class GroupsAndMembers implements WorkingGroups {

    /** The Local Digital Fund asks for at least three partner authorities. */
    public static final int FUNDING_BID_MIN_PARTNERS = GroupRules.FUNDING_BID_MIN_PARTNERS;
    /** Conflict reason when a council is not in the group (the REST layer adds it instead of switching its role). */
    public static final String NOT_MEMBER = "connected-councils.workinggroup.conflict.notMember";

    static final String LEAD_MUST_HAND_OVER = "connected-councils.workinggroup.conflict.leadMustHandOver";
    static final String SAME_STATUS = "connected-councils.workinggroup.conflict.sameStatus";
    static final String ALREADY_LEAD = "connected-councils.workinggroup.conflict.alreadyLead";
    static final String HAS_PROJECT_PAGE = "connected-councils.workinggroup.conflict.hasProjectPage";
    static final String INVITE_INSTEAD = "connected-councils.workinggroup.denied.inviteInstead";

    private final WorkingGroupStore store;
    private final InvitationStore invitations;
    private final StatusReportStore reports;
    private final WorkingGroupGuards guards;
    private final GroupRules rules;
    private final GroupHistoryStore history;
    private final ProjectPages projectPages;
    private final Transactions transactions;
    private final Clock clock;

    public GroupsAndMembers(WorkingGroupStore store, InvitationStore invitations, StatusReportStore reports,
            WorkingGroupGuards guards,
            CouncilDirectory councils, ServiceAreaCatalogue serviceAreas, SolutionRegister solutions,
            ProjectPages projectPages, Transactions transactions, WorkingGroupSettings settings,
            GroupHistoryStore history, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.reports = reports;
        this.guards = guards;
        this.rules = new GroupRules(store, councils, serviceAreas, solutions, settings);
        this.history = history;
        this.projectPages = projectPages;
        this.transactions = transactions;
        this.clock = clock;
    }

    public WorkingGroup create(NewWorkingGroup group) {
        return guards.guarded(group.leadCouncil(), group.details() != null && group.details().isFundingBid(), () -> {
            Actor actor = checkNew(group);
            return transactions.inTransaction(() -> createAndInvite(actor, group, clock.instant()));
        });
    }

    public WorkingGroup createWithProjectPage(NewWorkingGroup group, String spaceKey) {
        String space = requiredSpace(spaceKey);
        return guards.guarded(group.leadCouncil(), group.details() != null && group.details().isFundingBid(), () -> {
            Actor actor = checkNew(group);
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                WorkingGroup created = createAndInvite(actor, group, now);
                long pageId = projectPages.create(space, created);
                record(created.key(), actor, What.PROJECT_PAGE_CREATED, null, space);
                return store.linkProjectPage(created.key(), space, pageId, now);
            });
        });
    }

    public WorkingGroup createProjectPage(WorkingGroupKey key, String spaceKey) {
        String space = requiredSpace(spaceKey);
        Actor actor = guards.signedIn();
        return transactions.inTransaction(() -> {
            WorkingGroup group = guards.managed(actor, key);
            if (group.projectPageId() != null) {
                throw new Conflict(HAS_PROJECT_PAGE);
            }
            record(key, actor, What.PROJECT_PAGE_CREATED, null, space);
            return store.linkProjectPage(key, space, projectPages.create(space, group), clock.instant());
        });
    }

    private static String requiredSpace(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw ValidationException.of(FieldError.of("spaceKey", SolutionValidator.REQUIRED));
        }
        return spaceKey.trim();
    }

    /**
     * Stores a new group. The councils named as members join at once when an admin sets it up; otherwise each is
     * invited, and joins when its own editors accept.
     */
    private WorkingGroup createAndInvite(Actor actor, NewWorkingGroup group, Instant now) {
        if (actor.admin()) {
            WorkingGroup created = store.create(group, actor.userKey(), now);
            record(created.key(), actor, What.CREATED, group.leadCouncil(), null);
            group.memberCouncils().forEach(c -> record(created.key(), actor, What.MEMBER_ADDED, c, null));
            return created;
        }
        WorkingGroup created = store.create(new NewWorkingGroup(group.details(), group.leadCouncil(), Set.of()),
                actor.userKey(), now);
        record(created.key(), actor, What.CREATED, group.leadCouncil(), null);
        for (CouncilCode council : group.memberCouncils()) {
            history.record(GroupInvitations.invited(created.key(), council, MemberRole.MEMBER, actor, now));
            invitations.create(GroupInvitations.pending(created.key(), council, MemberRole.MEMBER, actor, now));
        }
        return created;
    }

    public WorkingGroup update(WorkingGroupKey key, int expectedVersion, GroupDetails details) {
        Actor actor = guards.signedIn();
        WorkingGroup before = guards.managed(actor, key);
        boolean becomesBid = details != null && details.isFundingBid() && !before.isFundingBid();
        return guards.guarded(before.leadCouncil(), becomesBid,
                () -> updateChecked(actor, key, expectedVersion, details));
    }

    private WorkingGroup updateChecked(Actor actor, WorkingGroupKey key, int expectedVersion, GroupDetails details) {
        WorkingGroup current = guards.managed(actor, key);
        if (current.version() != expectedVersion) {
            throw new StaleVersion(current.version());
        }
        WorkingGroupValidator.check(details, current.leadCouncil(), rules.vocabulary(current, List.of()));
        rules.checkLinkedSolutions(details.linkedSolutions(), current.details().linkedSolutions());
        if (details.isFundingBid() && !current.isFundingBid()) {
            if (current.status() != GroupStatus.CLOSED) {
                rules.checkLeadLimit("model", current.leadCouncil(), key);
            }
            if (current.status() == GroupStatus.ACTIVE) {
                GroupRules.checkPartners("model", current.partnerCount());
            }
        }
        return transactions.inTransaction(() -> {
            record(key, actor, What.DETAILS_CHANGED, null, null);
            return store.save(current, current.with(details, current.status(), clock.instant()));
        });
    }

    public WorkingGroup changeStatus(WorkingGroupKey key, GroupStatus status) {
        Actor actor = guards.signedIn();
        WorkingGroup before = guards.managed(actor, key);
        boolean reopensBid = before.isFundingBid() && before.status() == GroupStatus.CLOSED;
        return guards.guarded(before.leadCouncil(), reopensBid, () -> changeStatusChecked(actor, key, status));
    }

    private WorkingGroup changeStatusChecked(Actor actor, WorkingGroupKey key, GroupStatus status) {
        WorkingGroup current = guards.managed(actor, key);
        if (status == null) {
            throw ValidationException.of(FieldError.of("status", SolutionValidator.REQUIRED));
        }
        if (status == current.status()) {
            throw new Conflict(SAME_STATUS);
        }
        if (current.isFundingBid()) {
            if (status == GroupStatus.ACTIVE) {
                GroupRules.checkPartners("status", current.partnerCount());
            }
            if (current.status() == GroupStatus.CLOSED) {
                rules.checkLeadLimit("status", current.leadCouncil(), key);
            }
        }
        return transactions.inTransaction(() -> {
            record(key, actor, What.STATUS_CHANGED, null, current.status().code() + ">" + status.code());
            return store.save(current, current.with(current.details(), status, clock.instant()));
        });
    }

    public WorkingGroup get(WorkingGroupKey key) {
        guards.signedIn();
        return guards.group(key);
    }

    @Override
    public Map<WorkingGroupKey, WorkingGroup> findAll(Collection<WorkingGroupKey> keys) {
        guards.signedIn();
        return store.findAll(keys);
    }

    public Page<WorkingGroup> list(WorkingGroupQuery query) {
        guards.signedIn();
        return store.list(query);
    }

    @Override
    public Map<GroupStatus, Integer> countByStatus(WorkingGroupQuery query) {
        guards.signedIn();
        return store.countByStatus(query);
    }

    public GroupAccess accessTo(WorkingGroupKey key) {
        Actor actor = guards.signedIn();
        return access(actor, guards.group(key));
    }

    public GroupSummary summary(WorkingGroupKey key, PageRequest members) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        return new GroupSummary(group, store.members(key, members), reports.latestReport(ReportSubject.of(key)),
                access(actor, group));
    }

    private GroupAccess access(Actor actor, WorkingGroup group) {
        List<Membership> own = store.membershipsOf(group.key(), actor.editorOf());
        boolean open = group.status() != GroupStatus.CLOSED;
        Set<CouncilCode> mayJoin = new TreeSet<>();
        if (open) {
            mayJoin.addAll(actor.editorOf());
            own.forEach(m -> mayJoin.remove(m.council()));
        }
        return new GroupAccess(WorkingGroupPolicy.canManage(actor, group),
                open && WorkingGroupPolicy.canReport(actor, own), mayJoin);
    }

    public Page<Membership> members(WorkingGroupKey key, PageRequest page) {
        guards.signedIn();
        guards.group(key);
        return store.members(key, page);
    }

    public Membership addMember(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        Actor actor = guards.signedIn();
        open(guards.managed(actor, key));
        adminOnly(actor);
        guards.checkJoiningCouncil(council, role);
        return transactions.inTransaction(() -> {
            record(key, actor, What.MEMBER_ADDED, council, role.code());
            return store.addMember(new Membership(key, council, role, clock.instant(), actor.userKey()),
                    clock.instant());
        });
    }

    /**
     * The lead's editors switch a member between member and observer; a member council's own editors may only step
     * back to observer (moving up needs the lead's consent).
     */
    public Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        if (!WorkingGroupPolicy.canManage(actor, group)
                && !(role == MemberRole.OBSERVER && WorkingGroupPolicy.canActFor(actor, council))) {
            throw new NotAllowed(WorkingGroupGuards.NOT_LEAD_EDITOR);
        }
        if (role == null) {
            throw ValidationException.of(FieldError.of("role", SolutionValidator.REQUIRED));
        }
        if (role == MemberRole.LEAD) {
            throw ValidationException.of(FieldError.of("role", WorkingGroupValidator.LEAD_ROLE));
        }
        if (council.equals(group.leadCouncil())) {
            throw new Conflict(LEAD_MUST_HAND_OVER);
        }
        store.findMembership(key, council).orElseThrow(() -> new Conflict(NOT_MEMBER));
        return transactions.inTransaction(() -> {
            Membership changed = store.changeRole(key, council, role, clock.instant());
            record(key, actor, What.ROLE_CHANGED, council, role.code());
            backToFormingWhenShortOfPartners(key, actor);
            return changed;
        });
    }

    public void removeMember(WorkingGroupKey key, CouncilCode council) {
        Actor actor = guards.signedIn();
        WorkingGroup group = guards.group(key);
        if (!WorkingGroupPolicy.canManage(actor, group) && !WorkingGroupPolicy.canActFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        if (council.equals(group.leadCouncil())) {
            throw new Conflict(LEAD_MUST_HAND_OVER);
        }
        store.findMembership(key, council).orElseThrow(() -> new Conflict(NOT_MEMBER));
        transactions.inTransaction(() -> {
            store.removeMember(key, council, clock.instant());
            What what = WorkingGroupPolicy.canActFor(actor, council) ? What.LEFT : What.REMOVED;
            record(key, actor, what, council, null);
            backToFormingWhenShortOfPartners(key, actor);
            return null;
        });
    }

    /**
     * A council may always leave a group or step back to observer. When that leaves an active funding bid with fewer
     * partner councils than a bid needs, the group goes back to forming in the same transaction, so it shows that it
     * needs partners again rather than staying active against the rule it had to meet to become active.
     */
    private void backToFormingWhenShortOfPartners(WorkingGroupKey key, Actor actor) {
        WorkingGroup after = guards.group(key);
        if (after.isFundingBid() && after.status() == GroupStatus.ACTIVE
                && after.partnerCount() < FUNDING_BID_MIN_PARTNERS) {
            store.save(after, after.with(after.details(), GroupStatus.FORMING, clock.instant()));
            record(key, actor, What.STATUS_CHANGED, null, after.status().code() + ">" + GroupStatus.FORMING.code());
        }
    }

    public WorkingGroup handOverLead(WorkingGroupKey key, CouncilCode newLead) {
        Actor actor = guards.signedIn();
        WorkingGroup before = guards.managed(actor, key);
        boolean countsTowardsLimit = newLead != null && before.isFundingBid();
        return guards.guarded(newLead, countsTowardsLimit, () -> handOverChecked(actor, key, newLead));
    }

    private WorkingGroup handOverChecked(Actor actor, WorkingGroupKey key, CouncilCode newLead) {
        guards.managed(actor, key);
        adminOnly(actor);
        return transactions.inTransaction(() -> takeLead(key, newLead, actor));
    }

    /** Other councils join and take the lead by accepting an invitation; only an admin changes them directly. */
    private static void adminOnly(Actor actor) {
        if (!actor.admin()) {
            throw new NotAllowed(INVITE_INSTEAD);
        }
    }

    /** Makes {@code newLead}, a member, the lead (an admin's hand-over, or an accepted offer of the lead). */
    WorkingGroup takeLead(WorkingGroupKey key, CouncilCode newLead, Actor actor) {
        WorkingGroup group = guards.group(key);
        if (newLead == null) {
            throw ValidationException.of(FieldError.of("councilCode", SolutionValidator.REQUIRED));
        }
        if (newLead.equals(group.leadCouncil())) {
            throw new Conflict(ALREADY_LEAD);
        }
        store.findMembership(key, newLead).orElseThrow(() -> new Conflict(NOT_MEMBER));
        if (group.isFundingBid() && group.status() != GroupStatus.CLOSED) {
            rules.checkLeadLimit("councilCode", newLead, key);
        }
        record(key, actor, What.LEAD_HANDED_OVER, newLead, group.leadCouncil().value());
        return store.handOverLead(group, newLead, clock.instant());
    }

    private Actor checkNew(NewWorkingGroup group) {
        Actor actor = guards.signedIn();
        if (group.leadCouncil() != null && !WorkingGroupPolicy.canCreateFor(actor, group.leadCouncil())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        List<CouncilCode> named = new ArrayList<>(group.memberCouncils());
        if (group.leadCouncil() != null) {
            named.add(group.leadCouncil());
        }
        WorkingGroupValidator.check(group, rules.vocabulary(null, named));
        rules.checkLinkedSolutions(group.details().linkedSolutions(), Set.of());
        if (group.details().isFundingBid()) {
            rules.checkLeadLimit("leadCouncil", group.leadCouncil(), null);
        }
        return actor;
    }

    /** A line of the group's history, in the transaction of the write it records. */
    private void record(WorkingGroupKey key, Actor actor, What what, CouncilCode council, String detail) {
        history.record(new GroupHistoryEntry(key, clock.instant(), actor.userKey(), what, council, detail));
    }
}
