package org.connectedcouncils.register.ao;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.service.Visibility;

/**
 * The register entries' side of the working-group portfolio, the one place another feature's store reads the
 * register's tables: it joins the entries onto the portfolio's report query and reads the reported entries' names.
 */
public final class PortfolioEntryRows {

    /** The alias of the entries' table in the joined query. */
    public static final String ALIAS = "s";
    /** The entries' lower-case name column in the joined query, for ordering by name. */
    public static final String NAME_ORDER = ALIAS + "." + AoSolution.NAME_LOWER;

    private final ActiveObjects ao;

    public PortfolioEntryRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Joins the entries whose ID is {@code idColumn} (a qualified column of the query's own table) as
     * {@link #ALIAS}, keeping those the visibility shows, owned by {@code owner} and in {@code serviceArea} (both
     * nullable for any); the conditions are appended to {@code where} and {@code params}.
     */
    public Query joinVisible(Query q, String idColumn, CouncilCode owner, String serviceArea, Visibility visibility,
            List<String> where, List<Object> params) {
        q.join(AoSolution.class, ALIAS + ".ID = " + idColumn).alias(AoSolution.class, ALIAS);
        if (owner != null) {
            where.add(ALIAS + "." + AoSolution.OWNER_CODE + " = ?");
            params.add(owner.value());
        }
        if (serviceArea != null) {
            q.join(AoSolutionArea.class, "sa." + AoSolutionArea.SOLUTION_ID + " = " + ALIAS + ".ID")
                    .alias(AoSolutionArea.class, "sa");
            where.add("sa." + AoSolutionArea.AREA_CODE + " = ?");
            params.add(serviceArea);
        }
        EntryVisibility.where(ALIAS + ".", visibility, where, params);
        return q;
    }

    /** The entries with the given IDs, by ID: one query a page, one per thousand IDs on a deep page. */
    public Map<Integer, EntryRow> byId(SortedSet<Integer> ids) {
        Map<Integer, EntryRow> found = new HashMap<>();
        for (List<Integer> some : AoSql.inLists(ids)) {
            // NAME_LOWER is asked for explicitly: AoSolution's @Preload leaves it out, and a lazy read per row is N+1.
            AoSolution[] rows = ao.find(AoSolution.class, Query.select("ID, NAME_LOWER")
                    .where("ID IN (" + AoSql.placeholders(some.size()) + ")", some.toArray()));
            for (AoSolution s : rows) {
                found.put(s.getID(), new EntryRow(s.getID(), s.getName(), s.getNameLower(),
                        CouncilCode.of(s.getOwnerCode())));
            }
        }
        return found;
    }

    /** What the portfolio shows of a register entry. */
    public record EntryRow(int id, String name, String nameLower, CouncilCode owner) {
    }
}
