package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.code;
import static org.connectedcouncils.workinggroup.ao.GroupRows.narrow;
import static org.connectedcouncils.workinggroup.ao.ReportRows.GROUP;
import static org.connectedcouncils.workinggroup.ao.ReportRows.SOLUTION;
import static org.connectedcouncils.workinggroup.ao.ReportRows.toReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.ao.PortfolioEntryRows;
import org.connectedcouncils.register.ao.PortfolioEntryRows.EntryRow;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSortField;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.PortfolioStore;

/**
 * {@link PortfolioStore} on Active Objects, in a fixed number of statements: one page query, one RAG pass and one
 * look-up per subject kind. The register entries' side goes through {@link PortfolioEntryRows}.
 */
public final class AoPortfolioStore implements PortfolioStore {

    private final ActiveObjects ao;
    private final PortfolioEntryRows entries;

    public AoPortfolioStore(ActiveObjects ao, PortfolioEntryRows entries) {
        this.ao = ao;
        this.entries = entries;
    }


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
                .order(portfolioOrder(query.sort(), "g." + AoWorkingGroup.NAME_LOWER)).limit(fetch))));
        countRags(groupReports(Query.select(AoStatusReport.RAG), query, false), counts);
        boolean withSolutions = query.model() == null;
        if (withSolutions) {
            reports.addAll(List.of(ao.find(AoStatusReport.class, solutionReports(Query.select(), query, visibility,
                    true).order(portfolioOrder(query.sort(), PortfolioEntryRows.NAME_ORDER)).limit(fetch))));
            countRags(solutionReports(Query.select(AoStatusReport.RAG), query, visibility, false), counts);
        }

        Map<Integer, AoWorkingGroup> groups = groupsById(reports);
        Map<Integer, EntryRow> solutions = entries.byId(subjectIds(reports, SOLUTION));
        List<PortfolioItem> merged = new ArrayList<>();
        for (AoStatusReport r : reports) {
            if (GROUP.equals(r.getSubjectType())) {
                AoWorkingGroup g = groups.get(r.getSubjectId());
                merged.add(new PortfolioItem(ReportSubject.of(WorkingGroupKey.of(g.getID())), g.getName(),
                        CouncilCode.of(g.getLeadCode()), code(CollaborationModel.class, g.getModelCode()),
                        code(GroupStatus.class, g.getGroupStatus()), toReport(r), g.getPageId()));
            } else {
                EntryRow s = solutions.get(r.getSubjectId());
                merged.add(new PortfolioItem(ReportSubject.of(SolutionKey.of(s.id())), s.name(), s.owner(), null,
                        null, toReport(r)));
            }
        }
        Map<ReportSubject, String> sortNames = new HashMap<>();
        groups.values().forEach(g -> sortNames.put(ReportSubject.of(WorkingGroupKey.of(g.getID())),
                g.getNameLower()));
        solutions.values().forEach(s -> sortNames.put(ReportSubject.of(SolutionKey.of(s.id())), s.nameLower()));
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
        narrow(q, where, params, query.council(), query.serviceArea(), query.model());
        rag(where, params, query, withRag);
        return q.where(String.join(" AND ", where), params.toArray());
    }


    private Query solutionReports(Query q, PortfolioQuery query, Visibility visibility, boolean withRag) {
        q.alias(AoStatusReport.class, "r");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        current(where, params, SOLUTION);
        entries.joinVisible(q, "r." + AoStatusReport.SUBJECT_ID, query.council(), query.serviceArea(), visibility,
                where, params);
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

    private static String portfolioOrder(Sort<PortfolioSortField> sort, String nameColumn) {
        String dir = sort.descending() ? " DESC" : " ASC";
        return switch (sort.field()) {
            case REPORTED -> "r." + AoStatusReport.REPORT_DATE + dir + ", r.ID" + dir;
            case RAG -> "r." + AoStatusReport.RAG_RANK + dir + ", r." + AoStatusReport.REPORT_DATE + " DESC, r.ID DESC";
            case NAME -> nameColumn + dir + ", r.ID" + dir;
        };
    }

    /** The same order as {@link #portfolioOrder}, for merging the two kinds. */
    private static Comparator<PortfolioItem> portfolioComparator(Sort<PortfolioSortField> sort,
            Map<ReportSubject, String> names) {
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

    private Map<Integer, AoWorkingGroup> groupsById(List<AoStatusReport> reports) {
        Map<Integer, AoWorkingGroup> found = new HashMap<>();
        for (List<Integer> some : AoSql.inLists(subjectIds(reports, GROUP))) {
            AoWorkingGroup[] rows = ao.find(AoWorkingGroup.class, Query.select("ID, NAME_LOWER, " + AoWorkingGroup.PAGE_ID)
                    .where("ID IN (" + AoSql.placeholders(some.size()) + ")", some.toArray()));
            Arrays.stream(rows).forEach(g -> found.put(g.getID(), g));
        }
        return found;
    }

    private static SortedSet<Integer> subjectIds(List<AoStatusReport> reports, String subjectType) {
        return reports.stream().filter(r -> subjectType.equals(r.getSubjectType()))
                .map(AoStatusReport::getSubjectId).collect(Collectors.toCollection(TreeSet::new));
    }
}
