package org.connectedcouncils.register.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into the word tokens the register indexes and searches: accents folded, lower case, common English
 * plural endings removed, so "Bins", "bin" and "bîns" all match. Index and query use the same rules.
 */
public final class SearchText {

    /** Longest token stored; longer words are cut (both sides cut the same way). */
    public static final int MAX_TOKEN_LENGTH = 40;
    /** Cap on distinct tokens indexed per entry. */
    public static final int MAX_TOKENS = 200;

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "of", "to", "in", "an", "on", "by",
            "with", "at", "or", "is", "it", "as", "be", "we", "our", "from");

    private SearchText() {
    }

    /** Accents folded, lower case, every run of other characters turned into one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }

    /** Distinct tokens of the given texts, in first-seen order. */
    public static Set<String> tokens(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : fold(text).split(" ")) {
                String token = stem(word);
                if (token.length() >= 2 && !STOP_WORDS.contains(token) && out.size() < MAX_TOKENS) {
                    out.add(token.length() > MAX_TOKEN_LENGTH ? token.substring(0, MAX_TOKEN_LENGTH) : token);
                }
            }
        }
        return out;
    }

    private static String stem(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
