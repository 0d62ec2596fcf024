package org.connectedcouncils.workinggroup.service;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;

/**
 * Read-side use cases for the working-group macros: each answers one display need (a group summary, a report
 * history, the portfolio) with working-group data joined to council names, in a fixed number of statements.
 */
public final class WorkingGroupQueries {

    /** How many requests and invitations the group's page lists (the REST lists page through all of them). */
    static final PageRequest PANEL = new PageRequest(0, PageRequest.DEFAULT_LIMIT);
    /** How many commitments the group's page lists. */
    static final PageRequest CHARTER = new PageRequest(0, PageRequest.MAX_LIMIT);
    /** History lines on one page of the group's page. */
    public static final int HISTORY = 10;
    /** At most this many spaces are offered for a project page (PageRequest's maximum, as for every list). */
    public static final int SPACES = PageRequest.MAX_LIMIT;

    private final WorkingGroups groups;
    private final StatusReports reports;
    private final SolutionRegister solutions;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final ActorProvider actors;
    private final JoinRequests joins;
    private final Invitations invitations;
    private final GroupRecords records;
    private final PersonNames people;
    private final ProjectPages projectPages;

    public WorkingGroupQueries(WorkingGroups groups, StatusReports reports, SolutionRegister solutions,
            CouncilDirectory councils, ServiceAreaCatalogue serviceAreas, ActorProvider actors, JoinRequests joins,
            Invitations invitations, GroupRecords records, PersonNames people, ProjectPages projectPages) {
        this.projectPages = projectPages;
        this.records = records;
        this.people = people;
        this.groups = groups;
        this.joins = joins;
        this.invitations = invitations;
        this.reports = reports;
        this.solutions = solutions;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.actors = actors;
    }

    /**
     * The group summary with what its page shows around it: the names of every council named, the linked entries the
     * user may see, and the requests and invitations the user may act on or follow (the lead's editors: the pending
     * ones of every council; other editors: their own councils', in every state; anyone else: none).
     */
    public GroupCard card(WorkingGroupKey key, PageRequest members) {
        GroupSummary summary = groups.summary(key, members);
        Actor actor = actors.current();
        boolean manage = summary.access().manage();
        boolean follows = manage || !actor.editorOf().isEmpty();
        JoinRequestState requestState = manage ? JoinRequestState.PENDING : null;
        InvitationState invitationState = manage ? InvitationState.PENDING : null;
        Page<JoinRequest> requests = follows ? joins.joinRequests(key, requestState, PANEL)
                : Page.of(List.of(), PANEL);
        Page<Invitation> invited = follows ? invitations.invitations(key, invitationState, PANEL)
                : Page.of(List.of(), PANEL);
        Map<SolutionKey, Solution> linked = solutions.findVisible(summary.group().details().linkedSolutions());
        Set<CouncilCode> named = new LinkedHashSet<>();
        named.add(summary.group().leadCouncil());
        summary.members().items().forEach(m -> named.add(m.council()));
        named.addAll(summary.access().mayRequestToJoinFor());
        requests.items().forEach(r -> named.add(r.council()));
        invited.items().forEach(i -> named.add(i.council()));
        linked.values().forEach(s -> named.add(s.content().ownerCouncil()));
        Page<Commitment> charter = records.charter(key, CHARTER);
        charter.items().forEach(c -> named.add(c.council()));
        HistoryPage history = history(key, 0);
        history.lines().items().forEach(e -> named.add(e.council()));
        named.remove(null);
        return new GroupCard(summary, councils.findAll(named), requests, invited, linked,
                manage ? serviceAreas.all() : List.of(), actor.editorOf(), charter, history,
                manage && summary.group().projectPageId() == null ? projectPages.creatableSpaces(SPACES) : List.of());
    }

    /** A page of the group's history (from {@code start}, newest first) with the names of the people in it. */
    public HistoryPage history(WorkingGroupKey key, int start) {
        Page<GroupHistoryEntry> page = records.history(key, new PageRequest(start, HISTORY));
        return new HistoryPage(page, people.names(page.items().stream().map(GroupHistoryEntry::actorKey)
                .filter(Objects::nonNull).collect(Collectors.toSet())));
    }

    /** The councils named in a page of history, in one query. */
    public Map<CouncilCode, Council> councilsOf(HistoryPage page) {
        Set<CouncilCode> named = new LinkedHashSet<>();
        page.lines().items().forEach(e -> named.add(e.council()));
        named.remove(null);
        return named.isEmpty() ? Map.of() : councils.findAll(named);
    }

    /**
     * A page of the group directory with counts per status (of the same filters, any status), the councils it names
     * (leads, the council filtered on, the user's) and the choices of its filters. {@code mine}: only groups a council
     * the user edits for is in (none when the user edits for no council). A fixed number of statements.
     */
    public GroupDirectory directory(WorkingGroupQuery query, boolean mine) {
        Actor actor = actors.current();
        WorkingGroupQuery q = mine ? query.inAnyOf(actor.editorOf()) : query;
        boolean none = mine && actor.editorOf().isEmpty();
        Page<WorkingGroup> page = none ? Page.of(List.of(), query.page()) : groups.list(q);
        Map<GroupStatus, Integer> counts = new EnumMap<>(GroupStatus.class);
        if (none) {
            Arrays.stream(GroupStatus.values()).forEach(st -> counts.put(st, 0));
        } else {
            counts.putAll(groups.countByStatus(q));
        }
        Map<CouncilCode, Council> named = new LinkedHashMap<>();
        councils.all().forEach(c -> named.put(c.code(), c));
        Set<CouncilCode> missing = new LinkedHashSet<>(actor.editorOf());
        page.items().forEach(g -> missing.add(g.leadCouncil()));
        if (query.council() != null) {
            missing.add(query.council());
        }
        missing.removeAll(named.keySet());
        if (!missing.isEmpty()) {
            named.putAll(councils.findAll(missing));
        }
        return new GroupDirectory(page, counts, named, serviceAreas.all(), actor.editorOf());
    }

    /** A page of a group's or entry's reports, newest first, its name, and whether the user may write the next. */
    public ReportHistory history(ReportSubject subject, PageRequest page) {
        Page<StatusReport> written = reports.reports(subject, page);
        if (subject.isGroup()) {
            WorkingGroup group = groups.get(subject.groupKey());
            GroupAccess access = groups.accessTo(subject.groupKey());
            List<Commitment> charter = access.manage()
                    ? records.charter(subject.groupKey(), new PageRequest(0, PageRequest.MAX_LIMIT)).items()
                    : List.of();
            return new ReportHistory(subject, group.details().name(), written, access.report(), charter,
                    charter.isEmpty() ? Map.of() : councils.findAll(charter.stream().map(Commitment::council)
                            .toList()));
        }
        Solution solution = solutions.get(subject.solutionKey());
        return new ReportHistory(subject, solution.content().name(), written,
                RegisterPolicy.canEdit(actors.current(), solution), List.of(), Map.of());
    }

    /** The roll-up with the names of the councils shown (and of the council filtered on) and all service areas. */
    public PortfolioTable portfolio(PortfolioQuery query) {
        Portfolio portfolio = reports.portfolio(query);
        Set<CouncilCode> named = new LinkedHashSet<>();
        portfolio.page().items().forEach(i -> {
            if (i.council() != null) {
                named.add(i.council());
            }
        });
        if (query.council() != null) {
            named.add(query.council());
        }
        return new PortfolioTable(portfolio, councils.findAll(named), serviceAreas.all());
    }

    /**
     * What the {@code cc-working-group} macro shows: {@code serviceAreas} are filled for the lead's edit form only,
     * {@code userCouncils} are the councils the user edits for.
     */
    public record GroupCard(GroupSummary summary, Map<CouncilCode, Council> councils, Page<JoinRequest> requests,
            Page<Invitation> invitations, Map<SolutionKey, Solution> solutions, List<ServiceArea> serviceAreas,
            Set<CouncilCode> userCouncils, Page<Commitment> charter, HistoryPage history, List<SpaceChoice> spaces) {

        public List<Membership> members() {
            return summary.members().items();
        }
    }

    /** A page of a group's history with the display names of the people in it (by user key). */
    public record HistoryPage(Page<GroupHistoryEntry> lines, Map<String, String> names) {
    }

    /**
     * What the {@code cc-working-groups} macro shows: {@code councils} holds the directory's first councils (the
     * member-council filter's choices) and every council the page names; {@code userCouncils} those the user edits for.
     */
    public record GroupDirectory(Page<WorkingGroup> page, Map<GroupStatus, Integer> counts,
            Map<CouncilCode, Council> councils, List<ServiceArea> serviceAreas, Set<CouncilCode> userCouncils) {
    }

    /** What the {@code cc-status-report} macro shows. */
    /**
     * A subject's reports, whether the user may write the next, and for a group's lead the charter's commitments
     * (the first page of 100, with their councils) that the report form lets them mark met or at risk.
     */
    public record ReportHistory(ReportSubject subject, String name, Page<StatusReport> reports, boolean mayReport,
            List<Commitment> markable, Map<CouncilCode, Council> councils) {
    }

    /** What the {@code cc-portfolio} macro shows. */
    public record PortfolioTable(Portfolio portfolio, Map<CouncilCode, Council> councils,
            List<ServiceArea> serviceAreas) {
    }
}
