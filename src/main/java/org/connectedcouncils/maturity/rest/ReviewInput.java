package org.connectedcouncils.maturity.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.ReviewVerdict;

/** Body of {@code POST maturity/assessments/{id}/reviews}: the reviewing council, endorse or question, a comment. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ReviewInput(String councilCode, String verdict, String comment) {

    CouncilCode reviewer() {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode code = JsonFormats.council(errors, "councilCode", councilCode);
        if (code == null && errors.isEmpty()) {
            errors.add(FieldError.of("councilCode", FieldChecks.REQUIRED));
        }
        JsonFormats.throwIfAny(errors);
        return code;
    }

    ReviewVerdict toVerdict() {
        List<FieldError> errors = new ArrayList<>();
        ReviewVerdict value = JsonFormats.code(errors, "verdict", verdict, ReviewVerdict.class);
        JsonFormats.throwIfAny(errors);
        return value;
    }
}
