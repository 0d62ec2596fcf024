package org.connectedcouncils.register.ao;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;

/**
 * Entries read for some register columns only (the CSV export's projection): the statement selects the table
 * columns those need, and the rows map to entries carrying just those values, which the columns then write as cells.
 */
final class SolutionProjection {

    private static final List<String> REUSE = List.of(AoSolution.REUSE_SUPPORT, AoSolution.REUSE_CONTACT,
            AoSolution.PROCUREMENT, AoSolution.DPIA_AVAILABLE, AoSolution.DPIA_URL, AoSolution.ACCESSIBILITY_URL,
            AoSolution.HOSTING, AoSolution.ADOPT_ONE_OFF, AoSolution.ADOPT_ANNUAL, AoSolution.CURRENCY);

    private final ActiveObjects ao;

    SolutionProjection(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The entries of these keys with the values of {@code columns} only, in one statement; unknown keys left out. */
    Map<SolutionKey, Solution> find(Collection<SolutionKey> keys, Collection<RegisterColumn> columns) {
        List<Integer> ids = EntryIds.of(keys);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<String> read = tableColumns(columns);
        Query q = Query.select(String.join(", ", read)).where("ID IN (" + AoSql.placeholders(ids.size()) + ")",
                ids.toArray());
        Map<SolutionKey, Solution> out = new LinkedHashMap<>();
        ao.stream(AoSolution.class, q, e -> {
            Solution s = SolutionRows.toSolution(e, false, read::contains);
            out.put(s.key(), s);
        });
        return out;
    }

    /** The table columns a register column's value is made of (the key always). */
    static Set<String> tableColumns(Collection<RegisterColumn> columns) {
        Set<String> out = new TreeSet<>(List.of("ID"));
        for (RegisterColumn column : columns) {
            out.addAll(switch (column) {
                case KEY -> List.<String>of();
                case NAME -> List.of(AoSolution.NAME);
                case SUMMARY -> List.of(AoSolution.SUMMARY);
                case KIND -> List.of(AoSolution.KIND);
                case PHASE -> List.of(AoSolution.PHASE);
                case STATE -> List.of(AoSolution.STATE);
                case OWNER, OWNER_COUNCIL -> List.of(AoSolution.OWNER_CODE);
                case SERVICE_AREAS -> List.of(AoSolution.AREAS);
                case OFFERS -> List.of(AoSolution.OFFERS);
                case ADOPTIONS, USING, EVALUATING -> List.of(AoSolution.EVALUATING_COUNT, AoSolution.USING_COUNT,
                        AoSolution.STOPPED_COUNT, AoSolution.LAPSED_COUNT);
                case LICENCE -> List.of(AoSolution.LICENCE);
                case SOFTWARE_TYPE -> List.of(AoSolution.SOFTWARE_TYPE);
                case MAINTENANCE -> List.of(AoSolution.MAINTENANCE);
                case PLATFORMS -> List.of(AoSolution.PLATFORMS);
                case CATEGORIES -> List.of(AoSolution.CATEGORIES);
                case LANDING_URL -> List.of(AoSolution.LANDING_URL);
                case REPOSITORY_URL -> List.of(AoSolution.REPO_URL);
                case BUDGET_BAND -> List.of(AoSolution.BUDGET_BAND);
                case UPDATED -> List.of(AoSolution.UPDATED_AT);
                case LAST_CONFIRMED -> List.of(AoSolution.CONFIRMED_AT);
                case REUSE_SUPPORT, REUSE_CONTACT, PROCUREMENT_ROUTE, DPIA_AVAILABLE, DPIA_URL,
                        ACCESSIBILITY_STATEMENT_URL, HOSTING_OPTIONS, ADOPTION_ONE_OFF_COST, ADOPTION_ANNUAL_COST ->
                        REUSE;
            });
        }
        return out;
    }
}
