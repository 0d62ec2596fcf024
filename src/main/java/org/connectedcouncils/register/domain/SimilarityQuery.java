package org.connectedcouncils.register.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;

/**
 * What an entry being written looks like so far: its name, summary and (optionally) a service area, and an entry to
 * leave out (the one being edited). Texts longer than an entry's own are refused, so a request stays bounded.
 */
public record SimilarityQuery(String name, String summary, String serviceArea, SolutionKey exclude) {

    /** Most entries answered. */
    public static final int MAX_RESULTS = 5;
    public static final int AREA_MAX = 60;

    /** Refuses texts longer than an entry's name and summary may be, and a query with no words at all. */
    public void check() {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "name", name, false, SolutionValidator.NAME_MAX);
        FieldChecks.text(errors, "summary", summary, false, SolutionValidator.SUMMARY_MAX);
        FieldChecks.text(errors, "area", serviceArea, false, AREA_MAX);
        FieldChecks.throwIfAny(errors);
    }

    /** The words of the name, as the register indexes them. */
    public Set<String> nameTokens() {
        return SearchText.tokens(name);
    }

    /** The words of the name and the summary, as the register indexes them. */
    public Set<String> tokens() {
        return SearchText.tokens(name, summary);
    }
}
