package org.connectedcouncils.maturity.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.NewAssessment;

/** Body of {@code POST maturity/councils/{code}/assessments}: area, level 1-5, date, justification, evidence. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AssessmentInput(String area, Integer level, String date, String justification,
        List<String> entries, List<String> links) {

    NewAssessment toAssessment() {
        List<FieldError> errors = new ArrayList<>();
        var on = JsonFormats.date(errors, "date", date);
        JsonFormats.throwIfAny(errors);
        return new NewAssessment(area, level, on, justification,
                new Evidence(JsonFormats.list(entries), JsonFormats.list(links)));
    }
}
