package org.connectedcouncils.register.ao;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.ao.AoSql;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.Similarity;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.Visibility;

/**
 * Entries that look like one being written, through the word index: four statements whatever the register's size
 * (the number of entries, how many entries hold each word, which visible entries hold the rarer words, and the
 * best candidates' names and summaries), the scoring being {@link Similarity}'s.
 */
final class SolutionSimilarity {

    /** Most index rows read for one request: the rarest words are taken until their entries would pass it. */
    static final int MAX_POSTINGS = 4_000;
    /** Most words of the query looked up. */
    static final int MAX_WORDS = 30;
    /** Candidates read in full and scored, from the rough score of their shared words. */
    static final int CANDIDATES = 60;

    private final ActiveObjects ao;

    SolutionSimilarity(ActiveObjects ao) {
        this.ao = ao;
    }

    List<SimilarEntry> similar(SimilarityQuery query, Visibility visibility) {
        List<String> words = query.tokens().stream().limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        int entries = ao.count(AoSolution.class, Query.select());
        Map<String, Integer> frequency = documentFrequency(words);
        Similarity similarity = new Similarity(query, frequency, entries);
        List<String> rare = rarest(frequency);
        if (rare.isEmpty()) {
            return List.of();
        }
        Map<Integer, Set<String>> shared = sharedWords(rare, query, visibility);
        List<Integer> candidates = shared.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Integer, Set<String>> e) ->
                        similarity.roughScore(e.getValue())).reversed().thenComparing(Map.Entry::getKey))
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<SimilarEntry> scored = new ArrayList<>();
        Query rows = Query.select(String.join(", ", "ID", AoSolution.NAME, AoSolution.SUMMARY, AoSolution.AREAS,
                AoSolution.OWNER_CODE, AoSolution.PHASE, AoSolution.STATE))
                .where("ID IN (" + AoSql.placeholders(candidates.size()) + ")", candidates.toArray());
        ao.stream(AoSolution.class, rows, row -> {
            Set<String> areas = new HashSet<>(SolutionRows.split(row.getAreas()));
            double score = similarity.score(row.getName(), row.getSummary(), areas);
            scored.add(new SimilarEntry(SolutionKey.of(row.getID()), row.getName(), row.getSummary(),
                    CouncilCode.of(row.getOwnerCode()), Coded.fromCode(Phase.class, row.getPhase()).orElse(null),
                    Coded.fromCode(EntryState.class, row.getState()).orElse(EntryState.DRAFT),
                    query.serviceArea() != null && areas.contains(query.serviceArea()), score));
        });
        return Similarity.best(scored, SimilarityQuery.MAX_RESULTS);
    }

    /** How many entries hold each word (drafts included: it only weighs the words), in one grouped statement. */
    private Map<String, Integer> documentFrequency(List<String> words) {
        Map<String, Integer> frequency = new HashMap<>();
        // The count comes back through SOLUTION_ID: AO's read-only rows carry values under the entity's columns.
        Query q = Query.select(AoSearchToken.TOKEN + ", COUNT(ID) AS " + AoSearchToken.SOLUTION_ID)
                .where(AoSearchToken.TOKEN + " IN (" + AoSql.placeholders(words.size()) + ")", words.toArray())
                .group(AoSearchToken.TOKEN);
        ao.stream(AoSearchToken.class, q, row -> frequency.put(row.getToken(), row.getSolutionId()));
        return frequency;
    }

    /** The words held by some entry, rarest first, while their entries stay under {@link #MAX_POSTINGS}. */
    private static List<String> rarest(Map<String, Integer> frequency) {
        List<String> out = new ArrayList<>();
        long postings = 0;
        for (Map.Entry<String, Integer> word : frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList()) {
            if (postings + word.getValue() > MAX_POSTINGS) {
                break;
            }
            postings += word.getValue();
            out.add(word.getKey());
        }
        return out;
    }

    /** For each entry the reader may see that holds one of the words, which of them it holds: one statement. */
    private Map<Integer, Set<String>> sharedWords(List<String> words, SimilarityQuery query, Visibility visibility) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        where.add("t." + AoSearchToken.TOKEN + " IN (" + AoSql.placeholders(words.size()) + ")");
        params.addAll(words);
        OptionalInt exclude = EntryIds.of(query.exclude());
        if (exclude.isPresent()) {
            where.add("s.ID <> ?");
            params.add(exclude.getAsInt());
        }
        EntryVisibility.where("s.", visibility, where, params);
        Query q = Query.select("ID, " + AoSearchToken.SOLUTION_ID + ", " + AoSearchToken.TOKEN)
                .alias(AoSearchToken.class, "t")
                .join(AoSolution.class, "s.ID = t." + AoSearchToken.SOLUTION_ID).alias(AoSolution.class, "s")
                .where(String.join(" AND ", where), params.toArray());
        Map<Integer, Set<String>> shared = new HashMap<>();
        ao.stream(AoSearchToken.class, q, row -> shared.computeIfAbsent(row.getSolutionId(), id -> new HashSet<>())
                .add(row.getToken()));
        return shared;
    }
}
