package org.connectedcouncils.workinggroup.ao;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Entity;
import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.ao.AoSolution;
import org.connectedcouncils.register.ao.AoSolutionArea;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupSort;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSort;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.service.WorkingGroupStore;

/**
 * {@link WorkingGroupStore} on Active Objects. Lists are answered with a fixed number of statements (page and
 * count; the portfolio with one page query, one RAG pass and one look-up per subject kind), filters are joins on
 * indexed tables, and the uniqueness rules are unique columns.
 */
public final class AoWorkingGroupStore implements WorkingGroupStore {

    static final String ALREADY_MEMBER = "connected-councils.workinggroup.conflict.alreadyMember";
    static final String REQUEST_PENDING = "connected-councils.workinggroup.conflict.requestPending";
    static final String REPORT_RACE = "connected-councils.workinggroup.conflict.reportRace";
    private static final String GROUP = "group";
    private static final String SOLUTION = "solution";
    private static final String SEPARATOR = ",";

    private final ActiveObjects ao;

    public AoWorkingGroupStore(ActiveObjects ao) {
        this.ao = ao;
    }

    // ---- groups ------------------------------------------------------------------------------------------------

    @Override
    public WorkingGroup create(NewWorkingGroup group, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            GroupDetails d = group.details();
            Map<String, Object> values = new HashMap<>();
            values.put(AoWorkingGroup.NAME, d.name().trim());
            values.put(AoWorkingGroup.NAME_LOWER, sortName(d.name()));
            values.put(AoWorkingGroup.MODEL_CODE, d.model().code());
            values.put(AoWorkingGroup.GROUP_STATUS, GroupStatus.FORMING.code());
            values.put(AoWorkingGroup.LEAD_CODE, group.leadCouncil().value());
            values.put(AoWorkingGroup.CREATED_AT, Date.from(now));
            values.put(AoWorkingGroup.UPDATED_AT, Date.from(now));
            AoWorkingGroup row = ao.create(AoWorkingGroup.class, values);
            write(row, d);
            row.setCreatedBy(actor);
            row.setPartnerCount(1 + group.memberCouncils().size());
            row.setGroupVersion(1);
            row.save();
            WorkingGroupKey key = WorkingGroupKey.of(row.getID());
            writeAreas(row.getID(), d.serviceAreas());
            List<Map<String, Object>> members = new ArrayList<>();
            members.add(membershipRow(new Membership(key, group.leadCouncil(), MemberRole.LEAD, now, actor)));
            for (CouncilCode council : group.memberCouncils()) {
                members.add(membershipRow(new Membership(key, council, MemberRole.MEMBER, now, actor)));
            }
            ao.create(AoMembership.class, members);
            return toGroup(row);
        });
    }

    @Override
    public WorkingGroup save(WorkingGroup current, WorkingGroup next) {
        return ao.executeInTransaction(() -> {
            AoWorkingGroup row = row(current.key());
            if (row.getGroupVersion() != current.version()) {
                throw new Refusal.StaleVersion(row.getGroupVersion());
            }
            write(row, next.details());
            row.setGroupStatus(next.status().code());
            row.setUpdatedAt(Date.from(next.updated()));
            row.setGroupVersion(current.version() + 1);
            row.save();
            if (!current.details().serviceAreas().equals(next.details().serviceAreas())) {
                ao.deleteWithSQL(AoGroupArea.class, AoGroupArea.GROUP_ID + " = ?", row.getID());
                writeAreas(row.getID(), next.details().serviceAreas());
            }
            return toGroup(row);
        });
    }

    @Override
    public WorkingGroup linkProjectPage(WorkingGroupKey key, String spaceKey, long pageId, Instant now) {
        return ao.executeInTransaction(() -> {
            AoWorkingGroup row = row(key);
            row.setSpaceKey(spaceKey);
            row.setPageId(pageId);
            row.setUpdatedAt(Date.from(now));
            row.save();
            return toGroup(row);
        });
    }

    @Override
    public Optional<WorkingGroup> find(WorkingGroupKey key) {
        return optionalRow(key).map(AoWorkingGroupStore::toGroup);
    }

    @Override
    public Page<WorkingGroup> list(WorkingGroupQuery query) {
        PageRequest page = query.page();
        Query q = groupFilter(Query.select(), query).order(groupOrder(query.sort()))
                .limit(page.limit()).offset(page.start());
        List<WorkingGroup> items = Arrays.stream(ao.find(AoWorkingGroup.class, q))
                .map(AoWorkingGroupStore::toGroup).toList();
        int total = ao.count(AoWorkingGroup.class, groupFilter(Query.select(), query));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public int countLedFundingBids(CouncilCode lead, WorkingGroupKey excluding) {
        String where = AoWorkingGroup.LEAD_CODE + " = ? AND " + AoWorkingGroup.MODEL_CODE + " = ? AND "
                + AoWorkingGroup.GROUP_STATUS + " <> ?";
        List<Object> params = new ArrayList<>(List.of(lead.value(), CollaborationModel.FUNDING_BID_CONSORTIUM.code(),
                GroupStatus.CLOSED.code()));
        if (excluding != null) {
            where += " AND ID <> ?";
            params.add(id(excluding));
        }
        return ao.count(AoWorkingGroup.class, Query.select().where(where, params.toArray()));
    }

    private static Query groupFilter(Query q, WorkingGroupQuery query) {
        q.alias(AoWorkingGroup.class, "g");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.council() != null) {
            q.join(AoMembership.class, "m." + AoMembership.GROUP_ID + " = g.ID").alias(AoMembership.class, "m");
            where.add("m." + AoMembership.COUNCIL_CODE + " = ?");
            params.add(query.council().value());
        }
        if (query.serviceArea() != null) {
            q.join(AoGroupArea.class, "a." + AoGroupArea.GROUP_ID + " = g.ID").alias(AoGroupArea.class, "a");
            where.add("a." + AoGroupArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        }
        if (query.model() != null) {
            where.add("g." + AoWorkingGroup.MODEL_CODE + " = ?");
            params.add(query.model().code());
        }
        if (query.status() != null) {
            where.add("g." + AoWorkingGroup.GROUP_STATUS + " = ?");
            params.add(query.status().code());
        }
        if (query.spaceKey() != null) {
            where.add("g." + AoWorkingGroup.SPACE_KEY + " = ?");
            params.add(query.spaceKey());
        }
        if (!where.isEmpty()) {
            q.where(String.join(" AND ", where), params.toArray());
        }
        return q;
    }

    private static String groupOrder(GroupSort sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        String column = sort.field() == GroupSort.Field.NAME ? AoWorkingGroup.NAME_LOWER : AoWorkingGroup.UPDATED_AT;
        return "g." + column + dir + ", g.ID" + dir;
    }

    // ---- memberships -------------------------------------------------------------------------------------------

    @Override
    public Optional<Membership> findMembership(WorkingGroupKey key, CouncilCode council) {
        return membershipRow(key, council).map(AoWorkingGroupStore::toMembership);
    }

    @Override
    public List<Membership> membershipsOf(WorkingGroupKey key, Collection<CouncilCode> councils) {
        if (councils.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(id(key));
        councils.stream().map(CouncilCode::value).sorted().forEach(params::add);
        Query q = Query.select().where(AoMembership.GROUP_ID + " = ? AND " + AoMembership.COUNCIL_CODE + " IN ("
                + AoSql.placeholders(councils.size()) + ")", params.toArray());
        return Arrays.stream(ao.find(AoMembership.class, q)).map(AoWorkingGroupStore::toMembership).toList();
    }

    @Override
    public Page<Membership> members(WorkingGroupKey key, PageRequest page) {
        Query q = Query.select().where(AoMembership.GROUP_ID + " = ?", id(key))
                .order(AoMembership.ROLE_RANK + " ASC, " + AoMembership.COUNCIL_CODE + " ASC")
                .limit(page.limit()).offset(page.start());
        List<Membership> items = Arrays.stream(ao.find(AoMembership.class, q))
                .map(AoWorkingGroupStore::toMembership).toList();
        int total = ao.count(AoMembership.class, Query.select().where(AoMembership.GROUP_ID + " = ?", id(key)));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    @Override
    public Membership addMember(Membership membership, Instant now) {
        return uniqueOrConflict(ALREADY_MEMBER, () -> ao.executeInTransaction(() -> {
            AoMembership row = ao.create(AoMembership.class, membershipRow(membership));
            touchAndRecount(membership.group(), now);
            return toMembership(row);
        }));
    }

    @Override
    public Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role, Instant now) {
        return ao.executeInTransaction(() -> {
            AoMembership row = membershipRow(key, council)
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + council.value()));
            row.setMemberRole(role.code());
            row.setRoleRank(role.ordinal());
            row.save();
            touchAndRecount(key, now);
            return toMembership(row);
        });
    }

    @Override
    public void removeMember(WorkingGroupKey key, CouncilCode council, Instant now) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoMembership.class, AoMembership.PAIR_KEY + " = ?", pairKey(key, council));
            touchAndRecount(key, now);
            return null;
        });
    }

    @Override
    public WorkingGroup handOverLead(WorkingGroup group, CouncilCode newLead, Instant now) {
        return ao.executeInTransaction(() -> {
            WorkingGroupKey key = group.key();
            AoMembership oldLead = membershipRow(key, group.leadCouncil())
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + group.leadCouncil().value()));
            AoMembership next = membershipRow(key, newLead)
                    .orElseThrow(() -> new Refusal.NotFound(key + "/" + newLead.value()));
            oldLead.setMemberRole(MemberRole.MEMBER.code());
            oldLead.setRoleRank(MemberRole.MEMBER.ordinal());
            oldLead.save();
            next.setMemberRole(MemberRole.LEAD.code());
            next.setRoleRank(MemberRole.LEAD.ordinal());
            next.save();
            AoWorkingGroup row = row(key);
            row.setLeadCode(newLead.value());
            row.save();
            return toGroup(touchAndRecount(key, now));
        });
    }

    /** Recounts the partners from the rows themselves (so concurrent changes cannot drift) and marks the update. */
    private AoWorkingGroup touchAndRecount(WorkingGroupKey key, Instant now) {
        int partners = ao.count(AoMembership.class, Query.select().where(AoMembership.GROUP_ID + " = ? AND "
                + AoMembership.MEMBER_ROLE + " IN (?, ?)", id(key), MemberRole.LEAD.code(), MemberRole.MEMBER.code()));
        AoWorkingGroup row = row(key);
        row.setPartnerCount(partners);
        row.setUpdatedAt(Date.from(now));
        row.save();
        return row;
    }

    private Optional<AoMembership> membershipRow(WorkingGroupKey key, CouncilCode council) {
        AoMembership[] rows = ao.find(AoMembership.class, Query.select()
                .where(AoMembership.PAIR_KEY + " = ?", pairKey(key, council)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static Map<String, Object> membershipRow(Membership m) {
        Map<String, Object> values = new HashMap<>();
        values.put(AoMembership.GROUP_ID, id(m.group()));
        values.put(AoMembership.COUNCIL_CODE, m.council().value());
        values.put(AoMembership.PAIR_KEY, pairKey(m.group(), m.council()));
        values.put(AoMembership.MEMBER_ROLE, m.role().code());
        values.put(AoMembership.ROLE_RANK, m.role().ordinal());
        values.put(AoMembership.JOINED_AT, Date.from(m.since()));
        values.put(AoMembership.ADDED_BY, m.addedBy());
        return values;
    }

    // ---- join requests -----------------------------------------------------------------------------------------

    @Override
    public JoinRequest createJoinRequest(JoinRequest r) {
        return uniqueOrConflict(REQUEST_PENDING, () -> ao.executeInTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put(AoJoinRequest.GROUP_ID, id(r.group()));
            values.put(AoJoinRequest.COUNCIL_CODE, r.council().value());
            values.put(AoJoinRequest.PENDING_KEY, pairKey(r.group(), r.council()));
            values.put(AoJoinRequest.REQUEST_STATE, r.state().code());
            values.put(AoJoinRequest.MEMBER_ROLE, r.role().code());
            values.put(AoJoinRequest.REQUESTED_AT, Date.from(r.requestedAt()));
            AoJoinRequest row = ao.create(AoJoinRequest.class, values);
            row.setMessage(r.message());
            row.setRequestedBy(r.requestedBy());
            row.save();
            return toJoinRequest(row);
        }));
    }

    @Override
    public Optional<JoinRequest> findJoinRequest(WorkingGroupKey key, long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoJoinRequest.class, (int) id))
                .filter(r -> r.getGroupId() == id(key))
                .map(AoWorkingGroupStore::toJoinRequest);
    }

    @Override
    public JoinRequest decide(JoinRequest decided, Instant now) {
        return uniqueOrConflict(ALREADY_MEMBER, () -> ao.executeInTransaction(() -> {
            AoJoinRequest row = ao.get(AoJoinRequest.class, (int) decided.id());
            row.setPendingKey("decided-" + row.getID());
            row.setRequestState(decided.state().code());
            row.setDecidedBy(decided.decidedBy());
            row.setDecidedAt(Date.from(decided.decidedAt()));
            row.setReason(decided.reason());
            row.save();
            if (decided.state() == JoinRequestState.APPROVED) {
                ao.create(AoMembership.class, membershipRow(new Membership(decided.group(), decided.council(),
                        decided.role(), now, decided.decidedBy())));
                touchAndRecount(decided.group(), now);
            }
            return toJoinRequest(row);
        }));
    }

    @Override
    public Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page) {
        String where = AoJoinRequest.GROUP_ID + " = ?";
        List<Object> params = new ArrayList<>(List.of(id(key)));
        if (state != null) {
            where += " AND " + AoJoinRequest.REQUEST_STATE + " = ?";
            params.add(state.code());
        }
        Query q = Query.select().where(where, params.toArray())
                .order(AoJoinRequest.REQUESTED_AT + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<JoinRequest> items = Arrays.stream(ao.find(AoJoinRequest.class, q))
                .map(AoWorkingGroupStore::toJoinRequest).toList();
        int total = ao.count(AoJoinRequest.class, Query.select().where(where, params.toArray()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    // ---- status reports ----------------------------------------------------------------------------------------

    @Override
    public StatusReport appendReport(ReportSubject subject, StatusReportContent c, String author, Instant now) {
        return uniqueOrConflict(REPORT_RACE, () -> ao.executeInTransaction(() -> {
            String key = subject.toString();
            Optional<AoStatusReport> current = currentReport(key);
            boolean newest = current.map(r -> !toLocalDate(r.getReportDate()).isAfter(c.reportDate()))
                    .orElse(true);
            if (newest && current.isPresent()) {
                current.get().setCurrentKey(notCurrent());
                current.get().setLatest(false);
                current.get().save();
            }
            Map<String, Object> values = new HashMap<>();
            values.put(AoStatusReport.SUBJECT, key);
            values.put(AoStatusReport.SUBJECT_TYPE, subject.isGroup() ? GROUP : SOLUTION);
            values.put(AoStatusReport.SUBJECT_ID, (int) subject.number());
            values.put(AoStatusReport.CURRENT_KEY, newest ? key : notCurrent());
            values.put(AoStatusReport.LATEST, newest);
            values.put(AoStatusReport.REPORT_DATE, toDate(c.reportDate()));
            values.put(AoStatusReport.RAG, c.rag().code());
            values.put(AoStatusReport.RAG_RANK, c.rag().rank());
            values.put(AoStatusReport.SUMMARY, c.summary());
            values.put("ACHIEVEMENTS", c.achievements());
            values.put("NEXT_STEPS", c.nextSteps());
            values.put("RISKS", c.risks());
            values.put("AUTHOR", author);
            values.put(AoStatusReport.CREATED_AT, Date.from(now));
            return toReport(ao.create(AoStatusReport.class, values));
        }));
    }

    @Override
    public Optional<StatusReport> latestReport(ReportSubject subject) {
        return currentReport(subject.toString()).map(AoWorkingGroupStore::toReport);
    }

    @Override
    public Page<StatusReport> reports(ReportSubject subject, PageRequest page) {
        String where = AoStatusReport.SUBJECT + " = ?";
        Query q = Query.select().where(where, subject.toString())
                .order(AoStatusReport.REPORT_DATE + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<StatusReport> items = Arrays.stream(ao.find(AoStatusReport.class, q))
                .map(AoWorkingGroupStore::toReport).toList();
        int total = ao.count(AoStatusReport.class, Query.select().where(where, subject.toString()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    /** A unique value that can never be a subject key. */
    private static String notCurrent() {
        return "old-" + java.util.UUID.randomUUID();
    }

    private Optional<AoStatusReport> currentReport(String subject) {
        AoStatusReport[] rows = ao.find(AoStatusReport.class, Query.select()
                .where(AoStatusReport.CURRENT_KEY + " = ?", subject));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    // ---- portfolio ---------------------------------------------------------------------------------------------

    /**
     * Groups and register entries are two queries (their tables differ), each ordered like the portfolio and cut
     * after {@code start + limit} rows; the two are merged in the same order and the page is sliced from the merge.
     */
    @Override
    public Portfolio portfolio(PortfolioQuery query, Visibility visibility) {
        int fetch = query.page().start() + query.page().limit();
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        List<AoStatusReport> reports = new ArrayList<>();

        reports.addAll(List.of(ao.find(AoStatusReport.class, groupReports(Query.select(), query, true)
                .order(portfolioOrder(query.sort(), "g")).limit(fetch))));
        countRags(groupReports(Query.select(AoStatusReport.RAG), query, false), counts);
        boolean withSolutions = query.model() == null;
        if (withSolutions) {
            reports.addAll(List.of(ao.find(AoStatusReport.class, solutionReports(Query.select(), query, visibility,
                    true).order(portfolioOrder(query.sort(), "s")).limit(fetch))));
            countRags(solutionReports(Query.select(AoStatusReport.RAG), query, visibility, false), counts);
        }

        Map<Integer, AoWorkingGroup> groups = byId(AoWorkingGroup.class, reports, GROUP);
        Map<Integer, AoSolution> solutions = byId(AoSolution.class, reports, SOLUTION);
        List<PortfolioItem> merged = new ArrayList<>();
        for (AoStatusReport r : reports) {
            if (GROUP.equals(r.getSubjectType())) {
                AoWorkingGroup g = groups.get(r.getSubjectId());
                merged.add(new PortfolioItem(ReportSubject.of(WorkingGroupKey.of(g.getID())), g.getName(),
                        CouncilCode.of(g.getLeadCode()), code(CollaborationModel.class, g.getModelCode()),
                        code(GroupStatus.class, g.getGroupStatus()), toReport(r)));
            } else {
                AoSolution s = solutions.get(r.getSubjectId());
                merged.add(new PortfolioItem(ReportSubject.of(SolutionKey.of(s.getID())), s.getName(),
                        CouncilCode.of(s.getOwnerCode()), null, null, toReport(r)));
            }
        }
        Map<ReportSubject, String> sortNames = new HashMap<>();
        groups.values().forEach(g -> sortNames.put(ReportSubject.of(WorkingGroupKey.of(g.getID())),
                g.getNameLower()));
        solutions.values().forEach(s -> sortNames.put(ReportSubject.of(SolutionKey.of(s.getID())),
                s.getNameLower()));
        merged.sort(portfolioComparator(query.sort(), sortNames));
        int from = Math.min(query.page().start(), merged.size());
        int to = Math.min(fetch, merged.size());
        long total = query.rag() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(query.rag(), 0L);
        return new Portfolio(new Page<>(merged.subList(from, to), query.page().start(), query.page().limit(), total),
                counts);
    }

    private static Query groupReports(Query q, PortfolioQuery query, boolean withRag) {
        q.alias(AoStatusReport.class, "r");
        q.join(AoWorkingGroup.class, "g.ID = r." + AoStatusReport.SUBJECT_ID).alias(AoWorkingGroup.class, "g");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        current(where, params, GROUP);
        if (query.council() != null) {
            q.join(AoMembership.class, "m." + AoMembership.GROUP_ID + " = g.ID").alias(AoMembership.class, "m");
            where.add("m." + AoMembership.COUNCIL_CODE + " = ?");
            params.add(query.council().value());
        }
        if (query.serviceArea() != null) {
            q.join(AoGroupArea.class, "a." + AoGroupArea.GROUP_ID + " = g.ID").alias(AoGroupArea.class, "a");
            where.add("a." + AoGroupArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        }
        if (query.model() != null) {
            where.add("g." + AoWorkingGroup.MODEL_CODE + " = ?");
            params.add(query.model().code());
        }
        rag(where, params, query, withRag);
        return q.where(String.join(" AND ", where), params.toArray());
    }

    private static Query solutionReports(Query q, PortfolioQuery query, Visibility visibility, boolean withRag) {
        q.alias(AoStatusReport.class, "r");
        q.join(AoSolution.class, "s.ID = r." + AoStatusReport.SUBJECT_ID).alias(AoSolution.class, "s");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        current(where, params, SOLUTION);
        if (query.council() != null) {
            where.add("s." + AoSolution.OWNER_CODE + " = ?");
            params.add(query.council().value());
        }
        if (query.serviceArea() != null) {
            q.join(AoSolutionArea.class, "sa." + AoSolutionArea.SOLUTION_ID + " = s.ID").alias(AoSolutionArea.class,
                    "sa");
            where.add("sa." + AoSolutionArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        }
        AoSql.visibleEntries("s.", visibility, where, params);
        rag(where, params, query, withRag);
        return q.where(String.join(" AND ", where), params.toArray());
    }

    private static void current(List<String> where, List<Object> params, String type) {
        where.add("r." + AoStatusReport.LATEST + " = ?");
        params.add(Boolean.TRUE);
        where.add("r." + AoStatusReport.SUBJECT_TYPE + " = ?");
        params.add(type);
    }

    private static void rag(List<String> where, List<Object> params, PortfolioQuery query, boolean withRag) {
        if (withRag && query.rag() != null) {
            where.add("r." + AoStatusReport.RAG + " = ?");
            params.add(query.rag().code());
        }
    }

    /** One streamed pass over the RAG column of the current reports the filter (without its RAG part) matches. */
    private void countRags(Query q, Map<Rag, Long> counts) {
        ao.stream(AoStatusReport.class, q, row -> Coded.fromCode(Rag.class, row.getRag())
                .ifPresent(rag -> counts.merge(rag, 1L, Long::sum)));
    }

    private static String portfolioOrder(PortfolioSort sort, String subjectAlias) {
        String dir = sort.descending() ? " DESC" : " ASC";
        return switch (sort.field()) {
            case REPORTED -> "r." + AoStatusReport.REPORT_DATE + dir + ", r.ID" + dir;
            case RAG -> "r." + AoStatusReport.RAG_RANK + dir + ", r." + AoStatusReport.REPORT_DATE + " DESC, r.ID DESC";
            case NAME -> subjectAlias + ".NAME_LOWER" + dir + ", r.ID" + dir;
        };
    }

    /** The same order as {@link #portfolioOrder}, for merging the two kinds. */
    private static Comparator<PortfolioItem> portfolioComparator(PortfolioSort sort, Map<ReportSubject, String> names) {
        Comparator<PortfolioItem> byDate = Comparator.comparing(i -> i.latest().content().reportDate());
        Comparator<PortfolioItem> byId = Comparator.comparingLong(i -> i.latest().id());
        Comparator<PortfolioItem> newestFirst = byDate.reversed().thenComparing(byId.reversed());
        Comparator<PortfolioItem> c = switch (sort.field()) {
            case REPORTED -> sort.descending() ? newestFirst : byDate.thenComparing(byId);
            case RAG -> {
                Comparator<PortfolioItem> rank = Comparator.comparingInt(i -> i.latest().content().rag().rank());
                yield (sort.descending() ? rank.reversed() : rank).thenComparing(newestFirst);
            }
            case NAME -> {
                Comparator<PortfolioItem> name = Comparator.comparing(i -> names.get(i.subject()));
                Comparator<PortfolioItem> both = name.thenComparing(byId);
                yield sort.descending() ? both.reversed() : both;
            }
        };
        return c;
    }

    private <T extends Entity> Map<Integer, T> byId(Class<T> type, List<AoStatusReport> reports,
            String subjectType) {
        Set<Integer> ids = reports.stream().filter(r -> subjectType.equals(r.getSubjectType()))
                .map(AoStatusReport::getSubjectId).collect(Collectors.toCollection(TreeSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        // NAME_LOWER is asked for explicitly: AoSolution's @Preload leaves it out, and a lazy read per row is N+1.
        T[] rows = ao.find(type, Query.select("ID, NAME_LOWER").where("ID IN (" + AoSql.placeholders(ids.size()) + ")",
                ids.toArray()));
        return Arrays.stream(rows).collect(Collectors.toMap(Entity::getID, Function.identity()));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private AoWorkingGroup row(WorkingGroupKey key) {
        return optionalRow(key).orElseThrow(() -> new Refusal.NotFound(key.toString()));
    }

    private Optional<AoWorkingGroup> optionalRow(WorkingGroupKey key) {
        if (key.number() > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(AoWorkingGroup.class, id(key)));
    }

    private static void write(AoWorkingGroup row, GroupDetails d) {
        row.setName(d.name().trim());
        row.setNameLower(sortName(d.name()));
        row.setAim(d.aim().trim());
        row.setAreas(join(d.serviceAreas()));
        row.setModelCode(d.model().code());
        row.setCadence(blankToNull(d.cadence()));
        row.setExitCriteria(blankToNull(d.exitCriteria()));
        row.setSolutions(join(d.linkedSolutions().stream().map(SolutionKey::toString).toList()));
    }

    private void writeAreas(int groupId, Set<String> areas) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String area : areas) {
            rows.add(Map.of(AoGroupArea.GROUP_ID, groupId, AoGroupArea.AREA_CODE, area));
        }
        if (!rows.isEmpty()) {
            ao.create(AoGroupArea.class, rows);
        }
    }

    /** Runs a write; a unique-column clash (the database's own rule) becomes a conflict named by {@code reason}. */
    private static <T> T uniqueOrConflict(String reason, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (AoSql.isUniqueViolation(e)) {
                throw new Refusal.Conflict(reason);
            }
            throw e;
        }
    }


    private static int id(WorkingGroupKey key) {
        return (int) key.number();
    }

    private static String pairKey(WorkingGroupKey key, CouncilCode council) {
        return key.number() + ":" + council.value();
    }


    private static String sortName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.length() > 255 ? lower.substring(0, 255) : lower;
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate toLocalDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.fromCode(type, code).orElse(null);
    }

    // ---- mapping -----------------------------------------------------------------------------------------------

    private static WorkingGroup toGroup(AoWorkingGroup row) {
        GroupDetails details = new GroupDetails(row.getName(), row.getAim(), new TreeSet<>(split(row.getAreas())),
                code(CollaborationModel.class, row.getModelCode()), row.getCadence(), row.getExitCriteria(),
                split(row.getSolutions()).stream().map(SolutionKey::parse).flatMap(Optional::stream)
                        .collect(Collectors.toSet()));
        return new WorkingGroup(WorkingGroupKey.of(row.getID()), details, CouncilCode.of(row.getLeadCode()),
                code(GroupStatus.class, row.getGroupStatus()), row.getPartnerCount(), row.getSpaceKey(),
                row.getPageId(), row.getCreatedAt().toInstant(), row.getCreatedBy(), row.getUpdatedAt().toInstant(),
                row.getGroupVersion());
    }

    private static Membership toMembership(AoMembership row) {
        return new Membership(WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), row.getJoinedAt().toInstant(), row.getAddedBy());
    }

    private static JoinRequest toJoinRequest(AoJoinRequest row) {
        return new JoinRequest(row.getID(), WorkingGroupKey.of(row.getGroupId()), CouncilCode.of(row.getCouncilCode()),
                code(MemberRole.class, row.getMemberRole()), row.getMessage(),
                code(JoinRequestState.class, row.getRequestState()), row.getRequestedBy(),
                row.getRequestedAt().toInstant(), row.getDecidedBy(),
                row.getDecidedAt() == null ? null : row.getDecidedAt().toInstant(), row.getReason());
    }

    private static StatusReport toReport(AoStatusReport row) {
        ReportSubject subject = ReportSubject.parse(row.getSubject()).orElseThrow();
        StatusReportContent content = new StatusReportContent(toLocalDate(row.getReportDate()),
                code(Rag.class, row.getRag()), row.getSummary(), row.getAchievements(), row.getNextSteps(),
                row.getRisks());
        return new StatusReport(row.getID(), subject, content, row.getAuthor(), row.getCreatedAt().toInstant());
    }
}
