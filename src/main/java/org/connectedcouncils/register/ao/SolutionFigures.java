package org.connectedcouncils.register.ao;

import static org.connectedcouncils.register.ao.SolutionFilter.filter;
import static org.connectedcouncils.register.ao.SolutionFilter.needsJoins;
import static org.connectedcouncils.register.ao.SolutionRows.split;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Facets;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;

/**
 * Counts over the register's entries: the adoption figures, a list's facets and what each owner council holds.
 * Filters on the entry's own columns are grouped in the database (the unfiltered register is the common case); the
 * joined filters, which already narrow the set, take one streamed pass over it.
 */
final class SolutionFigures {

    private static final String FACET_COLUMNS = String.join(", ", AoSolution.PHASE, AoSolution.KIND,
            AoSolution.AREAS, AoSolution.OFFERS);
    /**
     * A grouped query's row count, read through an int column the grouped rows do not otherwise use: AO's read-only
     * rows can only carry values under the entity's own column names.
     */
    private static final String COUNT_AS_ENTRY_VERSION = "COUNT(ID) AS " + AoSolution.ENTRY_VERSION;

    private final ActiveObjects ao;

    SolutionFigures(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Totals of the matching entries. Filters on the entry's own columns are answered by three grouped queries, so
     * a few dozen rows leave the database whatever the register's size; AO renders aggregates only on a query with
     * no joins, so filters on areas, offers, adopters or words (which already narrow the set) stream their rows.
     */
    AdoptionFigures figures(SolutionQuery query, Visibility visibility) {
        return needsJoins(query) ? streamedFigures(query, visibility) : groupedFigures(query, visibility);
    }

    private AdoptionFigures groupedFigures(SolutionQuery query, Visibility visibility) {
        long[] solutions = {0};
        Map<Phase, Long> phases = new EnumMap<>(Phase.class);
        Map<String, Long> savings = new TreeMap<>();
        AdoptionFigures.AdoptionTotals[] adoptions = {AdoptionFigures.AdoptionTotals.NONE};
        Query byPhase = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.CURRENCY,
                COUNT_AS_ENTRY_VERSION, sum(AoSolution.EVALUATING_COUNT), sum(AoSolution.USING_COUNT),
                sum(AoSolution.STOPPED_COUNT), sum(AoSolution.LAPSED_COUNT), sum(AoSolution.ANNUAL_SAVING))), query,
                visibility, false)
                .group(AoSolution.PHASE + ", " + AoSolution.CURRENCY);
        ao.stream(AoSolution.class, byPhase, row -> {
            long count = row.getEntryVersion();
            solutions[0] += count;
            Coded.fromCode(Phase.class, row.getPhase()).ifPresent(p -> phases.merge(p, count, Long::sum));
            adoptions[0] = adoptions[0].plus(new AdoptionCounts(row.getEvaluatingCount(), row.getUsingCount(),
                    row.getStoppedCount(), row.getLapsedCount()));
            if (row.getAnnualSaving() != null && row.getCurrency() != null) {
                savings.merge(row.getCurrency(), row.getAnnualSaving(), Long::sum);
            }
        });
        Map<String, Long> areas = countByList(AoSolution.AREAS, AoSolution::getAreas, query, visibility);
        int reused = ao.count(AoSolution.class, filter(Query.select(), query, visibility, false,
                new SolutionFilter.Condition(AoSolution.USING_COUNT + " > ?", 0)));
        return new AdoptionFigures(solutions[0], phases, areas, adoptions[0], reused, savings,
                adopterSavings(query, visibility));
    }

    /** One streamed pass over the matching rows' phase, areas, adoption counts and declared saving. */
    private AdoptionFigures streamedFigures(SolutionQuery query, Visibility visibility) {
        long[] solutions = {0, 0};
        Map<Phase, Long> phases = new EnumMap<>(Phase.class);
        Map<String, Long> areas = new TreeMap<>();
        Map<String, Long> savings = new TreeMap<>();
        AdoptionFigures.AdoptionTotals[] adoptions = {AdoptionFigures.AdoptionTotals.NONE};
        Query q = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.AREAS,
                AoSolution.EVALUATING_COUNT, AoSolution.USING_COUNT, AoSolution.STOPPED_COUNT,
                AoSolution.LAPSED_COUNT, AoSolution.ANNUAL_SAVING, AoSolution.CURRENCY)), query, visibility, true);
        ao.stream(AoSolution.class, q, row -> {
            solutions[0]++;
            Coded.fromCode(Phase.class, row.getPhase()).ifPresent(p -> phases.merge(p, 1L, Long::sum));
            for (String area : split(row.getAreas())) {
                areas.merge(area, 1L, Long::sum);
            }
            AdoptionCounts counts = new AdoptionCounts(row.getEvaluatingCount(), row.getUsingCount(),
                    row.getStoppedCount(), row.getLapsedCount());
            adoptions[0] = adoptions[0].plus(counts);
            if (counts.using() > 0) {
                solutions[1]++;
            }
            if (row.getAnnualSaving() != null && row.getCurrency() != null) {
                savings.merge(row.getCurrency(), row.getAnnualSaving(), Long::sum);
            }
        });
        return new AdoptionFigures(solutions[0], phases, areas, adoptions[0], solutions[1], savings,
                adopterSavings(query, visibility));
    }

    /**
     * The annual savings councils using the matching entries reported for themselves, per currency: one streamed
     * statement over the adoptions that state one. With an adopter filter, only that council's own reports count.
     */
    private Map<String, Long> adopterSavings(SolutionQuery query, Visibility visibility) {
        Map<String, Long> savings = new TreeMap<>();
        Query q = adoptionsOf("ID, " + AoAdoption.ANNUAL_SAVING + ", " + AoAdoption.SAVING_CURRENCY, query,
                visibility, new SolutionFilter.Condition("ad." + AoAdoption.STATE + " = ?", AdoptionState.USING.code()),
                new SolutionFilter.Condition("ad." + AoAdoption.ANNUAL_SAVING + " IS NOT NULL"));
        ao.stream(AoAdoption.class, q, row -> savings.merge(row.getSavingCurrency(), row.getAnnualSaving(),
                Long::sum));
        return savings;
    }

    /**
     * The adopting councils of the matching entries, each with its counts per state: one streamed statement over the
     * adoptions joined to the filtered entries. With an adopter filter, only that council's own adoptions count.
     */
    Map<CouncilCode, AdoptionCounts> adopters(SolutionQuery query, Visibility visibility) {
        Map<CouncilCode, AdoptionCounts> adopters = new TreeMap<>();
        Query q = adoptionsOf("ID, " + AoAdoption.COUNCIL_CODE + ", " + AoAdoption.STATE, query, visibility);
        ao.stream(AoAdoption.class, q, row -> Coded.fromCode(AdoptionState.class, row.getState()).ifPresent(
                state -> adopters.merge(CouncilCode.of(row.getCouncilCode()), AdoptionCounts.NONE.move(null, state),
                        (a, b) -> new AdoptionCounts(a.evaluating() + b.evaluating(), a.using() + b.using(),
                                a.stopped() + b.stopped()))));
        return adopters;
    }

    /**
     * The adoptions (alias {@code ad}) of the entries {@code query} matches and the reader may see, meeting
     * {@code extra}. The adoption table is already an adopter filter's own: that filter is put on its rows rather
     * than joining the table a second time.
     */
    private static Query adoptionsOf(String columns, SolutionQuery query, Visibility visibility,
            SolutionFilter.Condition... extra) {
        List<SolutionFilter.Condition> conditions = new ArrayList<>(List.of(extra));
        SolutionQuery entries = query;
        if (query.adoptingCouncil() != null) {
            conditions.add(new SolutionFilter.Condition("ad." + AoAdoption.COUNCIL_CODE + " = ?",
                    query.adoptingCouncil().value()));
            entries = query.withAdopter(null);
        }
        Query q = Query.select(columns).alias(AoAdoption.class, "ad")
                .join(AoSolution.class, "s.ID = ad." + AoAdoption.SOLUTION_ID);
        return filter(q, entries, visibility, true, conditions.toArray(SolutionFilter.Condition[]::new));
    }

    /**
     * Counts per phase, kind, area and offer. Like the figures: grouped in the database when the filter is on the
     * entry's own columns (the unfiltered register is the common case), one streamed pass over the narrowed set
     * otherwise.
     */
    Facets facets(SolutionQuery query, Visibility visibility) {
        Map<String, Map<String, Long>> counts = facetCounts();
        if (!needsJoins(query)) {
            Query byPhase = filter(Query.select(String.join(", ", AoSolution.PHASE, AoSolution.KIND,
                    COUNT_AS_ENTRY_VERSION)), query, visibility, false)
                    .group(AoSolution.PHASE + ", " + AoSolution.KIND);
            ao.stream(AoSolution.class, byPhase, row -> {
                counts.get("phase").merge(row.getPhase(), (long) row.getEntryVersion(), Long::sum);
                counts.get("kind").merge(row.getKind(), (long) row.getEntryVersion(), Long::sum);
            });
            counts.put("serviceArea", countByList(AoSolution.AREAS, AoSolution::getAreas, query, visibility));
            counts.put("offer", countByList(AoSolution.OFFERS, AoSolution::getOffers, query, visibility));
            return new Facets(counts);
        }
        ao.stream(AoSolution.class, filter(Query.select(FACET_COLUMNS), query, visibility, true),
                row -> countFacets(counts, row));
        return new Facets(counts);
    }

    /** Facets of the given entries, read by key rather than by filtering the register again. */
    Facets facetsOf(List<Integer> ids) {
        Map<String, Map<String, Long>> counts = facetCounts();
        if (!ids.isEmpty()) {
            ao.stream(AoSolution.class, Query.select(FACET_COLUMNS).where("ID IN (" + AoSql.placeholders(ids.size())
                    + ")", ids.toArray()), row -> countFacets(counts, row));
        }
        return new Facets(counts);
    }

    /** How many entries, in any state, each of {@code owners} owns (absent: none): a grouped statement per 1,000. */
    Map<CouncilCode, Integer> ownedBy(Collection<CouncilCode> owners) {
        Map<CouncilCode, Integer> counts = new LinkedHashMap<>();
        ownersRows(owners, AoSolution.OWNER_CODE + ", " + COUNT_AS_ENTRY_VERSION, true,
                row -> counts.put(CouncilCode.of(row.getOwnerCode()), row.getEntryVersion()));
        return counts;
    }

    /** The key of every entry, in any state, {@code owners} own, in key order: a statement per 1,000 owners. */
    List<SolutionKey> keysOwnedBy(Collection<CouncilCode> owners) {
        List<SolutionKey> keys = new ArrayList<>();
        ownersRows(owners, "ID", false, row -> keys.add(SolutionKey.of(row.getID())));
        return keys.stream().sorted().toList();
    }

    /** Streams {@code fields} (grouped by owner or not) of the entries {@code owners} own, one IN list a statement. */
    private void ownersRows(Collection<CouncilCode> owners, String fields, boolean byOwner, Consumer<AoSolution> each) {
        for (List<String> codes : AoSql.inLists(owners.stream().map(CouncilCode::value).distinct().toList())) {
            Query q = Query.select(fields).where(AoSolution.OWNER_CODE + " IN (" + AoSql.placeholders(codes.size())
                    + ")", codes.toArray());
            ao.stream(AoSolution.class, byOwner ? q.group(AoSolution.OWNER_CODE) : q, each::accept);
        }
    }

    /**
     * Counts the matching entries per value of a comma-joined list column (areas, offers), grouped in the database
     * by the whole list: one row per distinct combination, which the few areas an entry is filed under keep small.
     */
    private Map<String, Long> countByList(String column, Function<AoSolution, String> getter, SolutionQuery query,
            Visibility visibility) {
        Map<String, Long> counts = new TreeMap<>();
        Query q = filter(Query.select(column + ", " + COUNT_AS_ENTRY_VERSION), query, visibility, false)
                .group(column);
        ao.stream(AoSolution.class, q, row -> {
            for (String value : split(getter.apply(row))) {
                counts.merge(value, (long) row.getEntryVersion(), Long::sum);
            }
        });
        return counts;
    }

    private static String sum(String column) {
        return "SUM(" + column + ") AS " + column;
    }

    private static Map<String, Map<String, Long>> facetCounts() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String facet : List.of("phase", "kind", "serviceArea", "offer")) {
            counts.put(facet, new TreeMap<>());
        }
        return counts;
    }

    /** Adds one entry's phase, kind, areas and offers (a row read with {@link #FACET_COLUMNS}) to the counts. */
    private static void countFacets(Map<String, Map<String, Long>> counts, AoSolution row) {
        counts.get("phase").merge(row.getPhase(), 1L, Long::sum);
        counts.get("kind").merge(row.getKind(), 1L, Long::sum);
        for (String area : split(row.getAreas())) {
            counts.get("serviceArea").merge(area, 1L, Long::sum);
        }
        for (String offer : split(row.getOffers())) {
            counts.get("offer").merge(offer, 1L, Long::sum);
        }
    }
}
