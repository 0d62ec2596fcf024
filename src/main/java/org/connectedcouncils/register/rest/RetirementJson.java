package org.connectedcouncils.register.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionValidator;

/**
 * Body of {@code POST /solutions/{key}/retire} and the {@code retirement} of a retired entry: why it was retired
 * (required), what was learned, and the key of the entry that replaces it ({@code CC-12}).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RetirementJson(String reason, String lessonsLearned, String replacedBy) {

    static RetirementJson of(Retirement r) {
        return r == null ? null : new RetirementJson(r.reason(), r.lessonsLearned(),
                r.replacedBy() == null ? null : r.replacedBy().toString());
    }

    /** The details this body states; an unreadable key is an error naming {@code replacedBy}. */
    Retirement toRetirement() {
        List<FieldError> errors = new ArrayList<>();
        SolutionKey replacement = null;
        if (replacedBy != null && !replacedBy.isBlank()) {
            replacement = SolutionKey.parse(replacedBy.strip()).orElse(null);
            if (replacement == null) {
                errors.add(FieldError.of("replacedBy", SolutionValidator.UNKNOWN_ENTRY, replacedBy));
            }
        }
        JsonFormats.throwIfAny(errors);
        return new Retirement(reason, lessonsLearned, replacement);
    }
}
