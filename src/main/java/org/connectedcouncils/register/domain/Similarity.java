package org.connectedcouncils.register.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike an entry looks to one being written: the words they share (rare words count more, a word shared by both
 * names counts double) relative to how many words each has, raised when they share the service area asked about.
 * Pure arithmetic over values the store read; the store decides which entries are candidates.
 */
public final class Similarity {

    /** Weight of a word shared by both names, against 1 for one shared elsewhere. */
    static final double BOTH_NAMES = 2.0;
    /** Weight of a word in one name and the other's summary. */
    static final double ONE_NAME = 1.5;
    /** Factor for a candidate filed under the service area asked about. */
    static final double SAME_AREA = 1.3;
    /** Least score shown: below it, the shared words are too common to say the entries are alike. */
    static final double MINIMUM = 0.12;

    private final SimilarityQuery query;
    private final Set<String> queryTokens;
    private final Set<String> queryNameTokens;
    private final Map<String, Integer> documentFrequency;
    private final long entries;

    /**
     * {@code documentFrequency} holds, for the query's words, how many entries contain each; {@code entries} is how
     * many entries there are.
     */
    public Similarity(SimilarityQuery query, Map<String, Integer> documentFrequency, long entries) {
        this.query = query;
        this.queryTokens = query.tokens();
        this.queryNameTokens = query.nameTokens();
        this.documentFrequency = Map.copyOf(documentFrequency);
        this.entries = Math.max(1, entries);
    }

    /** Inverse document frequency of a word: words in few entries weigh more. Unknown words weigh the most. */
    public double weight(String token) {
        int df = documentFrequency.getOrDefault(token, 0);
        return Math.log(1.0 + (double) entries / Math.max(1, df));
    }

    /** A quick score from the shared words alone, to pick which candidates to read in full. */
    public double roughScore(Set<String> sharedTokens) {
        return sharedTokens.stream().mapToDouble(this::weight).sum();
    }

    /** The score of a candidate read in full; 0 when it shares nothing. */
    public double score(String name, String summary, Set<String> areas) {
        Set<String> nameTokens = SearchText.tokens(name);
        Set<String> tokens = SearchText.tokens(name, summary);
        double shared = 0;
        for (String token : tokens) {
            if (!queryTokens.contains(token)) {
                continue;
            }
            boolean inName = nameTokens.contains(token);
            boolean inQueryName = queryNameTokens.contains(token);
            double factor = inName && inQueryName ? BOTH_NAMES : inName || inQueryName ? ONE_NAME : 1.0;
            shared += factor * weight(token);
        }
        if (shared == 0) {
            return 0;
        }
        double queryMass = queryTokens.stream().mapToDouble(this::weight).sum();
        double candidateMass = tokens.stream().mapToDouble(this::weight).sum();
        double score = shared / Math.sqrt(queryMass * candidateMass) / BOTH_NAMES;
        if (query.serviceArea() != null && areas.contains(query.serviceArea())) {
            score *= SAME_AREA;
        }
        return score;
    }

    /** Whether a score is high enough to show. */
    public static boolean shown(double score) {
        return score >= MINIMUM;
    }

    /** Best first, then by key for a stable order; at most {@code limit}. */
    public static List<SimilarEntry> best(List<SimilarEntry> scored, int limit) {
        return scored.stream().filter(s -> shown(s.score()))
                .sorted(Comparator.comparingDouble(SimilarEntry::score).reversed()
                        .thenComparing(s -> s.key().number()))
                .limit(limit).toList();
    }
}
