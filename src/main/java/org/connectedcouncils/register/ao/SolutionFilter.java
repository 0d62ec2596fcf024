package org.connectedcouncils.register.ao;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;

/**
 * The SQL of a {@link SolutionQuery}: the joins and WHERE clause of its filters (areas, offers, adopters and words
 * are joins on indexed tables; words go through the token index) and the ORDER BY of its sort.
 */
final class SolutionFilter {

    private SolutionFilter() {
    }

    /** A WHERE condition on the entry table with its parameters, added to a list filter. */
    record Condition(String sql, Object... params) {
    }

    /** Whether the query searches for words. */
    static boolean hasWords(SolutionQuery query) {
        return !SearchText.tokens(query.text() == null ? "" : query.text()).isEmpty();
    }

    /** Whether a filter needs another table: areas, offers, adopters and words are joins. */
    static boolean needsJoins(SolutionQuery query) {
        return query.serviceArea() != null || query.offer() != null || query.adoptingCouncil() != null
                || hasWords(query);
    }

    /**
     * Adds the joins and WHERE clause of a list filter to {@code q}; used for the page, the count and the facets.
     * {@code aliased} names the entry table {@code s}, which joins need; grouped queries pass false (AO cannot render
     * an aggregate under a table alias) and are only used when {@link #needsJoins} is false. {@code extra}
     * conditions on the entry's columns come first, with their parameters.
     */
    static Query filter(Query q, SolutionQuery query, Visibility visibility, boolean aliased, Condition... extra) {
        if (!aliased && needsJoins(query)) {
            throw new IllegalArgumentException("A filter with joins needs the table alias");
        }
        String s = aliased ? "s." : "";
        if (aliased) {
            q.alias(AoSolution.class, "s");
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Condition condition : extra) {
            where.add(condition.sql());
            params.addAll(Arrays.asList(condition.params()));
        }
        in(where, params, s + AoSolution.PHASE, query.phases());
        in(where, params, s + AoSolution.KIND, query.kinds());
        if (query.state() != null) {
            where.add(s + AoSolution.STATE + " = ?");
            params.add(query.state().code());
        }
        if (query.ownerCouncil() != null) {
            where.add(s + AoSolution.OWNER_CODE + " = ?");
            params.add(query.ownerCouncil().value());
        }
        ownersLike(where, params, s, query);
        boolean wordArea = query.serviceArea() != null && hasWords(query);
        if (query.serviceArea() != null && !wordArea) {
            q.join(AoSolutionArea.class, "a." + AoSolutionArea.SOLUTION_ID + " = s.ID").alias(AoSolutionArea.class,
                    "a");
            where.add("a." + AoSolutionArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        }
        if (query.offer() != null) {
            q.join(AoSolutionOffer.class, "o." + AoSolutionOffer.SOLUTION_ID + " = s.ID").alias(
                    AoSolutionOffer.class, "o");
            where.add("o." + AoSolutionOffer.OFFER + " = ?");
            params.add(query.offer().code());
        }
        if (query.adoptingCouncil() != null) {
            q.join(AoAdoption.class, "ad." + AoAdoption.SOLUTION_ID + " = s.ID").alias(AoAdoption.class, "ad");
            where.add("ad." + AoAdoption.COUNCIL_CODE + " = ?");
            params.add(query.adoptingCouncil().value());
            where.add("ad." + AoAdoption.STATE + " <> ?");
            params.add(AdoptionState.STOPPED.code());
        }
        words(q, query, s, where, params, wordArea);
        EntryVisibility.where(s, visibility, where, params);
        if (!where.isEmpty()) {
            q.where(String.join(" AND ", where), params.toArray());
        }
        return q;
    }

    /**
     * The longest word goes through an index; the others are checked on the rows it leaves. With a service area the
     * index is the word-and-area one ({@link AoWordArea}: one range answers both, and an entry has each pair once);
     * without, the word index.
     */
    private static void words(Query q, SolutionQuery query, String s, List<String> where, List<Object> params,
            boolean wordArea) {
        List<String> words = new ArrayList<>(SearchText.tokens(query.text() == null ? "" : query.text()));
        if (words.isEmpty()) {
            return;
        }
        words.sort((x, y) -> Integer.compare(y.length(), x.length()));
        if (wordArea) {
            q.join(AoWordArea.class, "w." + AoWordArea.SOLUTION_ID + " = s.ID").alias(AoWordArea.class, "w");
            where.add("w." + AoWordArea.WORD + " = ?");
            params.add(words.get(0));
            where.add("w." + AoWordArea.AREA_CODE + " = ?");
            params.add(query.serviceArea());
        } else {
            q.join(AoSearchToken.class, "t." + AoSearchToken.SOLUTION_ID + " = s.ID").alias(AoSearchToken.class, "t");
            where.add("t." + AoSearchToken.TOKEN + " = ?");
            params.add(words.get(0));
        }
        for (String word : words.subList(1, words.size())) {
            where.add(s + AoSolution.SEARCH_TEXT + " LIKE ?");
            params.add("%" + word + "%");
        }
    }

    /**
     * Councils like a chosen one: the owner code in the resolved group, cut into IN lists of at most
     * {@link AoSql#MAX_IN_LIST} joined by OR, so the filter stays one condition of one statement on the indexed owner.
     */
    private static void ownersLike(List<String> where, List<Object> params, String s, SolutionQuery query) {
        if (query.ownersLike() == null) {
            return;
        }
        if (!query.ownersLike().resolved()) {
            throw new IllegalArgumentException("Councils like " + query.ownersLike().council() + " are not resolved");
        }
        where.add(AoSql.inAnyList(s + AoSolution.OWNER_CODE, query.ownersLike().owners().stream()
                .map(CouncilCode::value).sorted().toList(), params));
    }

    private static void in(List<String> where, List<Object> params, String column, Set<? extends Coded> values) {
        if (values.isEmpty()) {
            return;
        }
        where.add(column + " IN (" + AoSql.placeholders(values.size()) + ")");
        values.stream().map(Coded::code).sorted().forEach(params::add);
    }

    /** The ORDER BY of a sort on the aliased entry table, with the key as tie-break. */
    static String orderOf(Sort<SolutionSortField> sort) {
        String dir = sort.descending() ? " DESC" : " ASC";
        return "s." + sortColumn(sort) + dir + ", s.ID" + dir;
    }

    private static String sortColumn(Sort<SolutionSortField> sort) {
        return switch (sort.field()) {
            case NAME -> AoSolution.NAME_LOWER;
            case UPDATED -> AoSolution.UPDATED_AT;
            case ADOPTIONS -> AoSolution.USING_COUNT;
            case PHASE -> AoSolution.PHASE_RANK;
        };
    }
}
