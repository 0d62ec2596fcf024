package org.connectedcouncils.register.ao;

import static org.connectedcouncils.register.ao.SolutionFilter.filter;
import static org.connectedcouncils.register.ao.SolutionFilter.orderOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.domain.Facets;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;

/**
 * Register lists in a fixed number of statements: the page, its count and (when asked) the facets; or, for a word
 * search with few matches, the matches first and then their page.
 */
final class SolutionListing {

    private final ActiveObjects ao;
    private final SolutionFigures figures;
    private final int fewMatches;

    SolutionListing(ActiveObjects ao, SolutionFigures figures, int fewMatches) {
        this.ao = ao;
        this.figures = figures;
        this.fewMatches = fewMatches;
    }

    SolutionList list(SolutionQuery query, Visibility visibility) {
        if (SolutionFilter.hasWords(query)) {
            Optional<List<Integer>> few = fewMatches(query, visibility);
            if (few.isPresent()) {
                List<Solution> items = pageOf(few.get(), query);
                Facets facets = query.withFacets() ? figures.facetsOf(few.get()) : Facets.NONE;
                return new SolutionList(new Page<>(items, query.page().start(), query.page().limit(),
                        few.get().size()), facets);
            }
        }
        Facets facets = query.withFacets() ? figures.facets(query, visibility) : Facets.NONE;
        Supplier<Query> filtered = () -> filter(Query.select(), query, visibility, true);
        Query pageQuery = filtered.get()
                .order(orderOf(query.sort()))
                .limit(query.page().limit())
                .offset(query.page().start());
        List<Solution> items = Arrays.stream(ao.find(AoSolution.class, pageQuery))
                .map(e -> SolutionRows.toSolution(e, false))
                .toList();
        int total = ao.count(AoSolution.class, filtered.get());
        return new SolutionList(new Page<>(items, query.page().start(), query.page().limit(), total), facets);
    }

    /** The key of every match in the query's order, in one statement that reads nothing but the keys. */
    List<SolutionKey> keys(SolutionQuery query, Visibility visibility) {
        List<SolutionKey> keys = new ArrayList<>();
        ao.stream(AoSolution.class, filter(Query.select("ID"), query, visibility, true).order(orderOf(query.sort())),
                row -> keys.add(SolutionKey.of(row.getID())));
        return keys;
    }

    /**
     * The IDs of every match when a word search matches at most {@code fewMatches} entries
     * ({@link AoSolutionStore#FEW_MATCHES} by default). A word is selective, and a database that walks the sort index
     * looking for a page of rare matches probes thousands of entries (PostgreSQL at 100k: BENCHMARKS.md finding 2);
     * reading the matches first, without an order, lets it use the word and area indexes, and the number read is the
     * total. More matches than that are common enough for the index walk to find a page quickly, so those take the
     * usual page and count.
     */
    private Optional<List<Integer>> fewMatches(SolutionQuery query, Visibility visibility) {
        List<Integer> ids = new ArrayList<>();
        ao.stream(AoSolution.class, filter(Query.select("ID"), query, visibility, true).limit(fewMatches + 1),
                row -> ids.add(row.getID()));
        return ids.size() > fewMatches ? Optional.empty() : Optional.of(ids);
    }

    /** The requested page of the given entries, sorted by the database. */
    private List<Solution> pageOf(List<Integer> ids, SolutionQuery query) {
        if (ids.size() <= query.page().start()) {
            return List.of();
        }
        Query q = Query.select().alias(AoSolution.class, "s")
                .where("s.ID IN (" + AoSql.placeholders(ids.size()) + ")", ids.toArray())
                .order(orderOf(query.sort()))
                .limit(query.page().limit())
                .offset(query.page().start());
        return Arrays.stream(ao.find(AoSolution.class, q)).map(e -> SolutionRows.toSolution(e, false)).toList();
    }
}
