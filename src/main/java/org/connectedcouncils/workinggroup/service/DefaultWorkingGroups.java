package org.connectedcouncils.workinggroup.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.domain.Refusal.NotAuthenticated;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.Refusal.StaleVersion;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.domain.Vocabulary;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/** The working-group use cases: authenticate, load, check permission, validate and apply the rules, then write. */
public final class DefaultWorkingGroups implements WorkingGroups {

    /** The Local Digital Fund asks for at least three partner authorities. */
    public static final int FUNDING_BID_MIN_PARTNERS = 3;

    static final String NOT_LEAD_EDITOR = "connected-councils.workinggroup.denied.notLeadEditor";
    static final String NOT_PARTNER_EDITOR = "connected-councils.workinggroup.denied.notPartnerEditor";
    static final String NOT_COUNCIL_EDITOR = "connected-councils.denied.notCouncilEditor";
    static final String NOT_ENTRY_EDITOR = "connected-councils.denied.notEditor";
    static final String LEAD_MUST_HAND_OVER = "connected-councils.workinggroup.conflict.leadMustHandOver";
    static final String ALREADY_MEMBER = "connected-councils.workinggroup.conflict.alreadyMember";
    /** Conflict reason when a council is not in the group (the REST layer adds it instead of switching its role). */
    public static final String NOT_MEMBER = "connected-councils.workinggroup.conflict.notMember";
    static final String ALREADY_DECIDED = "connected-councils.workinggroup.conflict.requestDecided";
    static final String GROUP_CLOSED = "connected-councils.workinggroup.conflict.groupClosed";
    static final String SAME_STATUS = "connected-councils.workinggroup.conflict.sameStatus";
    static final String ALREADY_LEAD = "connected-councils.workinggroup.conflict.alreadyLead";

    private final WorkingGroupStore store;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final SolutionRegister solutions;
    private final ActorProvider actors;
    private final ProjectPages projectPages;
    private final Transactions transactions;
    private final CouncilLocks locks;
    private final WorkingGroupSettings settings;
    private final Clock clock;

    public DefaultWorkingGroups(WorkingGroupStore store, CouncilDirectory councils, ServiceAreaCatalogue serviceAreas,
            SolutionRegister solutions, ActorProvider actors, ProjectPages projectPages, Transactions transactions,
            CouncilLocks locks, WorkingGroupSettings settings, Clock clock) {
        this.store = store;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.solutions = solutions;
        this.actors = actors;
        this.projectPages = projectPages;
        this.transactions = transactions;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- groups ------------------------------------------------------------------------------------------------

    @Override
    public WorkingGroup create(NewWorkingGroup group) {
        return guarded(group.leadCouncil(), group.details() != null && group.details().isFundingBid(), () -> {
            Actor actor = checkNew(group);
            return store.create(group, actor.userKey(), clock.instant());
        });
    }

    @Override
    public WorkingGroup createWithProjectPage(NewWorkingGroup group, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw ValidationException.of(FieldError.of("spaceKey", SolutionValidator.REQUIRED));
        }
        String space = spaceKey.trim();
        return guarded(group.leadCouncil(), group.details() != null && group.details().isFundingBid(), () -> {
            Actor actor = checkNew(group);
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                WorkingGroup created = store.create(group, actor.userKey(), now);
                long pageId = projectPages.create(space, created);
                return store.linkProjectPage(created.key(), space, pageId, now);
            });
        });
    }

    @Override
    public WorkingGroup update(WorkingGroupKey key, int expectedVersion, GroupDetails details) {
        Actor actor = signedIn();
        WorkingGroup before = managed(actor, key);
        boolean becomesBid = details != null && details.isFundingBid() && !before.isFundingBid();
        return guarded(before.leadCouncil(), becomesBid, () -> updateChecked(actor, key, expectedVersion, details));
    }

    private WorkingGroup updateChecked(Actor actor, WorkingGroupKey key, int expectedVersion, GroupDetails details) {
        WorkingGroup current = managed(actor, key);
        if (current.version() != expectedVersion) {
            throw new StaleVersion(current.version());
        }
        WorkingGroupValidator.check(details, current.leadCouncil(), vocabulary(current, List.of()));
        checkLinkedSolutions(details.linkedSolutions(), current.details().linkedSolutions());
        if (details.isFundingBid() && !current.isFundingBid()) {
            if (current.status() != GroupStatus.CLOSED) {
                checkLeadLimit("model", current.leadCouncil(), key);
            }
            if (current.status() == GroupStatus.ACTIVE) {
                checkPartners("model", current.partnerCount());
            }
        }
        return store.save(current, current.with(details, current.status(), clock.instant()));
    }

    @Override
    public WorkingGroup changeStatus(WorkingGroupKey key, GroupStatus status) {
        Actor actor = signedIn();
        WorkingGroup before = managed(actor, key);
        boolean reopensBid = before.isFundingBid() && before.status() == GroupStatus.CLOSED;
        return guarded(before.leadCouncil(), reopensBid, () -> changeStatusChecked(actor, key, status));
    }

    private WorkingGroup changeStatusChecked(Actor actor, WorkingGroupKey key, GroupStatus status) {
        WorkingGroup current = managed(actor, key);
        if (status == null) {
            throw ValidationException.of(FieldError.of("status", SolutionValidator.REQUIRED));
        }
        if (status == current.status()) {
            throw new Conflict(SAME_STATUS);
        }
        if (current.isFundingBid()) {
            if (status == GroupStatus.ACTIVE) {
                checkPartners("status", current.partnerCount());
            }
            if (current.status() == GroupStatus.CLOSED) {
                checkLeadLimit("status", current.leadCouncil(), key);
            }
        }
        return store.save(current, current.with(current.details(), status, clock.instant()));
    }

    @Override
    public WorkingGroup get(WorkingGroupKey key) {
        signedIn();
        return group(key);
    }

    @Override
    public Page<WorkingGroup> list(WorkingGroupQuery query) {
        signedIn();
        return store.list(query);
    }

    @Override
    public GroupAccess accessTo(WorkingGroupKey key) {
        Actor actor = signedIn();
        return access(actor, group(key));
    }

    @Override
    public GroupSummary summary(WorkingGroupKey key, PageRequest members) {
        Actor actor = signedIn();
        WorkingGroup group = group(key);
        return new GroupSummary(group, store.members(key, members), store.latestReport(ReportSubject.of(key)),
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

    // ---- membership --------------------------------------------------------------------------------------------

    @Override
    public Page<Membership> members(WorkingGroupKey key, PageRequest page) {
        signedIn();
        group(key);
        return store.members(key, page);
    }

    @Override
    public Membership addMember(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        Actor actor = signedIn();
        open(managed(actor, key));
        checkJoiningCouncil(council, role);
        return store.addMember(new Membership(key, council, role, clock.instant(), actor.userKey()),
                clock.instant());
    }

    @Override
    public Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        Actor actor = signedIn();
        WorkingGroup group = managed(actor, key);
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
            backToFormingWhenShortOfPartners(key);
            return changed;
        });
    }

    @Override
    public void removeMember(WorkingGroupKey key, CouncilCode council) {
        Actor actor = signedIn();
        WorkingGroup group = group(key);
        if (!WorkingGroupPolicy.canManage(actor, group) && !WorkingGroupPolicy.canActFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        if (council.equals(group.leadCouncil())) {
            throw new Conflict(LEAD_MUST_HAND_OVER);
        }
        store.findMembership(key, council).orElseThrow(() -> new Conflict(NOT_MEMBER));
        transactions.inTransaction(() -> {
            store.removeMember(key, council, clock.instant());
            backToFormingWhenShortOfPartners(key);
            return null;
        });
    }

    /**
     * A council may always leave a group or step back to observer. When that leaves an active funding bid with fewer
     * partner councils than a bid needs, the group goes back to forming in the same transaction, so it shows that it
     * needs partners again rather than staying active against the rule it had to meet to become active.
     */
    private void backToFormingWhenShortOfPartners(WorkingGroupKey key) {
        WorkingGroup after = group(key);
        if (after.isFundingBid() && after.status() == GroupStatus.ACTIVE
                && after.partnerCount() < FUNDING_BID_MIN_PARTNERS) {
            store.save(after, after.with(after.details(), GroupStatus.FORMING, clock.instant()));
        }
    }

    @Override
    public WorkingGroup handOverLead(WorkingGroupKey key, CouncilCode newLead) {
        Actor actor = signedIn();
        WorkingGroup before = managed(actor, key);
        return guarded(newLead, newLead != null && before.isFundingBid(), () -> handOverChecked(actor, key, newLead));
    }

    private WorkingGroup handOverChecked(Actor actor, WorkingGroupKey key, CouncilCode newLead) {
        WorkingGroup group = managed(actor, key);
        if (newLead == null) {
            throw ValidationException.of(FieldError.of("councilCode", SolutionValidator.REQUIRED));
        }
        if (newLead.equals(group.leadCouncil())) {
            throw new Conflict(ALREADY_LEAD);
        }
        store.findMembership(key, newLead).orElseThrow(() -> new Conflict(NOT_MEMBER));
        if (group.isFundingBid() && group.status() != GroupStatus.CLOSED) {
            checkLeadLimit("councilCode", newLead, key);
        }
        return store.handOverLead(group, newLead, clock.instant());
    }

    // ---- join requests -----------------------------------------------------------------------------------------

    @Override
    public JoinRequest requestToJoin(WorkingGroupKey key, CouncilCode council, MemberRole role, String message) {
        Actor actor = signedIn();
        WorkingGroup group = open(group(key));
        if (council == null || !WorkingGroupPolicy.canActFor(actor, council)) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        checkJoiningCouncil(council, role);
        WorkingGroupValidator.checkText("message", message, false);
        if (store.findMembership(group.key(), council).isPresent()) {
            throw new Conflict(ALREADY_MEMBER);
        }
        return store.createJoinRequest(new JoinRequest(0, key, council, role, blankToNull(message),
                JoinRequestState.PENDING, actor.userKey(), clock.instant(), null, null, null));
    }

    @Override
    public JoinRequest approveJoin(WorkingGroupKey key, long requestId) {
        Actor actor = signedIn();
        open(managed(actor, key));
        JoinRequest request = pending(key, requestId);
        Instant now = clock.instant();
        return store.decide(request.decided(JoinRequestState.APPROVED, actor.userKey(), now, null), now);
    }

    @Override
    public JoinRequest declineJoin(WorkingGroupKey key, long requestId, String reason) {
        Actor actor = signedIn();
        managed(actor, key);
        WorkingGroupValidator.checkText("reason", reason, true);
        JoinRequest request = pending(key, requestId);
        Instant now = clock.instant();
        return store.decide(request.decided(JoinRequestState.DECLINED, actor.userKey(), now, reason.trim()), now);
    }

    @Override
    public Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page) {
        signedIn();
        group(key);
        return store.joinRequests(key, state, page);
    }

    // ---- status reports ----------------------------------------------------------------------------------------

    @Override
    public StatusReport report(ReportSubject subject, StatusReportContent content) {
        Actor actor = signedIn();
        if (subject.isGroup()) {
            WorkingGroup group = open(group(subject.groupKey()));
            if (!WorkingGroupPolicy.canReport(actor, store.membershipsOf(group.key(), actor.editorOf()))) {
                throw new NotAllowed(NOT_PARTNER_EDITOR);
            }
        } else {
            Solution solution = solutions.get(subject.solutionKey());
            if (!RegisterPolicy.canEdit(actor, solution)) {
                throw new NotAllowed(NOT_ENTRY_EDITOR);
            }
        }
        WorkingGroupValidator.check(content, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        StatusReportContent trimmed = new StatusReportContent(content.reportDate(), content.rag(),
                content.summary().trim(), blankToNull(content.achievements()), blankToNull(content.nextSteps()),
                blankToNull(content.risks()));
        return store.appendReport(subject, trimmed, actor.userKey(), clock.instant());
    }

    @Override
    public Optional<StatusReport> latestReport(ReportSubject subject) {
        readable(signedIn(), subject);
        return store.latestReport(subject);
    }

    @Override
    public Page<StatusReport> reports(ReportSubject subject, PageRequest page) {
        readable(signedIn(), subject);
        return store.reports(subject, page);
    }

    @Override
    public Portfolio portfolio(PortfolioQuery query) {
        return store.portfolio(query, Visibility.of(signedIn()));
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    /**
     * Runs a write under the council's cluster lock when it may add to the council's funding-bid leads, so the
     * count check and the write cannot interleave with another request's; other writes need no lock.
     */
    private <T> T guarded(CouncilCode lead, boolean countsTowardsLeadLimit, java.util.function.Supplier<T> write) {
        if (lead == null || !countsTowardsLeadLimit) {
            return write.get();
        }
        return locks.underLock(lead, write);
    }

    private Actor checkNew(NewWorkingGroup group) {
        Actor actor = signedIn();
        if (group.leadCouncil() != null && !WorkingGroupPolicy.canCreateFor(actor, group.leadCouncil())) {
            throw new NotAllowed(NOT_COUNCIL_EDITOR);
        }
        List<CouncilCode> named = new ArrayList<>(group.memberCouncils());
        if (group.leadCouncil() != null) {
            named.add(group.leadCouncil());
        }
        WorkingGroupValidator.check(group, vocabulary(null, named));
        checkLinkedSolutions(group.details().linkedSolutions(), Set.of());
        if (group.details().isFundingBid()) {
            checkLeadLimit("leadCouncil", group.leadCouncil(), null);
        }
        return actor;
    }

    /** A council may lead only so many open funding-bid groups (the Local Digital Fund rule). */
    private void checkLeadLimit(String field, CouncilCode lead, WorkingGroupKey excluding) {
        int max = settings.maxFundingBidLeads();
        if (store.countLedFundingBids(lead, excluding) >= max) {
            throw ValidationException.of(FieldError.of(field, WorkingGroupValidator.LEAD_LIMIT, lead.value(), max));
        }
    }

    /** A funding-bid consortium needs enough partner councils before it can be active. */
    private static void checkPartners(String field, int partners) {
        if (partners < FUNDING_BID_MIN_PARTNERS) {
            throw ValidationException.of(FieldError.of(field, WorkingGroupValidator.TOO_FEW_PARTNERS,
                    FUNDING_BID_MIN_PARTNERS, partners));
        }
    }

    /** Linked entries must exist and be visible to the user; ones linked before may stay. */
    private void checkLinkedSolutions(Set<SolutionKey> linked, Set<SolutionKey> before) {
        List<FieldError> errors = new ArrayList<>();
        for (SolutionKey key : linked) {
            if (before.contains(key)) {
                continue;
            }
            try {
                solutions.get(key);
            } catch (NotFound e) {
                errors.add(FieldError.of("linkedSolutions", WorkingGroupValidator.UNKNOWN_SOLUTION, key.toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void checkJoiningCouncil(CouncilCode council, MemberRole role) {
        List<FieldError> errors = new ArrayList<>();
        if (council == null) {
            errors.add(FieldError.of("councilCode", SolutionValidator.REQUIRED));
        } else if (councils.find(council).filter(c -> !c.retired()).isEmpty()) {
            errors.add(FieldError.of("councilCode", SolutionValidator.UNKNOWN_COUNCIL, council.value()));
        }
        if (role == null) {
            errors.add(FieldError.of("role", SolutionValidator.REQUIRED));
        } else if (role == MemberRole.LEAD) {
            errors.add(FieldError.of("role", WorkingGroupValidator.LEAD_ROLE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private JoinRequest pending(WorkingGroupKey key, long requestId) {
        JoinRequest request = store.findJoinRequest(key, requestId)
                .orElseThrow(() -> new NotFound(key + "/requests/" + requestId));
        if (!request.isPending()) {
            throw new Conflict(ALREADY_DECIDED);
        }
        return request;
    }

    private void readable(Actor actor, ReportSubject subject) {
        if (subject.isGroup()) {
            group(subject.groupKey());
        } else {
            solutions.get(subject.solutionKey());
        }
    }

    private Actor signedIn() {
        Actor actor = actors.current();
        if (actor == null || actor.isAnonymous()) {
            throw new NotAuthenticated();
        }
        return actor;
    }

    private WorkingGroup group(WorkingGroupKey key) {
        return store.find(key).orElseThrow(() -> new NotFound(key.toString()));
    }

    private WorkingGroup managed(Actor actor, WorkingGroupKey key) {
        WorkingGroup group = group(key);
        if (!WorkingGroupPolicy.canManage(actor, group)) {
            throw new NotAllowed(NOT_LEAD_EDITOR);
        }
        return group;
    }

    private static WorkingGroup open(WorkingGroup group) {
        if (group.status() == GroupStatus.CLOSED) {
            throw new Conflict(GROUP_CLOSED);
        }
        return group;
    }

    /**
     * Reference data for validation, with the named councils read in one query; an edit may keep its lead and the
     * areas it already had even if since retired.
     */
    private Vocabulary vocabulary(WorkingGroup current, Collection<CouncilCode> named) {
        Set<String> active = serviceAreas.activeCodes();
        Map<CouncilCode, Council> known = councils.findAll(named);
        return new Vocabulary() {
            @Override
            public boolean isActiveCouncil(CouncilCode code) {
                if (current != null && code.equals(current.leadCouncil())) {
                    return true;
                }
                Council council = known.get(code);
                return council != null && !council.retired();
            }

            @Override
            public boolean isActiveServiceArea(String code) {
                return active.contains(code) || (current != null && current.details().serviceAreas().contains(code));
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
