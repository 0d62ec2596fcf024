package org.connectedcouncils.register.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;

/** Body of {@code PUT /solutions/{key}/adoptions/{councilCode}}: {@code state}, {@code since} (YYYY-MM-DD), evidence. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AdoptionInput(String state, String since, String evidenceUrl) {

    AdoptionDeclaration toDeclaration() {
        List<FieldError> errors = new ArrayList<>();
        AdoptionState adoptionState = SolutionInput.code(errors, "state", state, AdoptionState.class);
        LocalDate sinceDate = JsonFormats.date(errors, "since", since);
        JsonFormats.throwIfAny(errors);
        return new AdoptionDeclaration(adoptionState, sinceDate, evidenceUrl);
    }
}
