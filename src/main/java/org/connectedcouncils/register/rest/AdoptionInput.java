package org.connectedcouncils.register.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Hosting;

/**
 * Body of {@code PUT /solutions/{key}/adoptions/{councilCode}}: {@code state}, {@code since} (YYYY-MM-DD), evidence,
 * and optionally the {@code release} used, how it runs ({@code hosting}), the {@code supplier} and the adopter's own
 * {@code annualSaving}. A PUT replaces every detail: absent ones become empty.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AdoptionInput(String state, String since, String evidenceUrl, String release, String hosting,
        String supplier, MoneyJson annualSaving) {

    AdoptionDeclaration toDeclaration() {
        List<FieldError> errors = new ArrayList<>();
        AdoptionState adoptionState = SolutionInput.code(errors, "state", state, AdoptionState.class);
        LocalDate sinceDate = JsonFormats.date(errors, "since", since);
        AdoptionDetails details = new AdoptionDetails(release,
                SolutionInput.code(errors, "hosting", hosting, Hosting.class), supplier,
                SolutionInput.money(errors, "annualSaving", annualSaving));
        JsonFormats.throwIfAny(errors);
        return new AdoptionDeclaration(adoptionState, sinceDate, evidenceUrl, details);
    }
}
