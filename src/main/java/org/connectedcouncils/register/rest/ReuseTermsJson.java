package org.connectedcouncils.register.rest;

import static org.connectedcouncils.common.rest.JsonFormats.code;
import static org.connectedcouncils.common.rest.JsonFormats.codes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.SupportLevel;

/**
 * An entry's reuse terms in JSON, read and written alike ({@code "reuse": {...}} of an entry); errors name the field
 * as {@code reuse.<name>}. Money is in the entry's currency, like its other costs.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ReuseTermsJson(
        String support,
        String contact,
        String procurementRoute,
        Boolean dpiaAvailable,
        String dpiaUrl,
        String accessibilityStatementUrl,
        List<String> hostingOptions,
        MoneyJson adoptionOneOffCost,
        MoneyJson adoptionAnnualCost,
        String adopterNeeds) {

    static ReuseTermsJson of(ReuseTerms r) {
        return new ReuseTermsJson(code(r.support()), r.contact(), code(r.procurementRoute()), r.dpiaAvailable(),
                r.dpiaUrl(), r.accessibilityStatementUrl(), codes(r.sortedHostingOptions()),
                MoneyJson.of(r.adoptionOneOffCost()), MoneyJson.of(r.adoptionAnnualCost()), r.adopterNeeds());
    }

    /** The terms this body states (absent means none), adding an error for every unreadable value. */
    static ReuseTerms toTerms(ReuseTermsJson json, List<FieldError> errors) {
        if (json == null) {
            return ReuseTerms.NONE;
        }
        Set<Hosting> hosting = EnumSet.noneOf(Hosting.class);
        for (String raw : json.hostingOptions() == null ? List.<String>of() : json.hostingOptions()) {
            if (raw == null) {
                errors.add(FieldError.of("reuse.hostingOptions", FieldChecks.REQUIRED));
                continue;
            }
            Hosting h = SolutionInput.code(errors, "reuse.hostingOptions", raw, Hosting.class);
            if (h != null) {
                hosting.add(h);
            }
        }
        return new ReuseTerms(
                SolutionInput.code(errors, "reuse.support", json.support(), SupportLevel.class),
                blankToNull(json.contact()),
                SolutionInput.code(errors, "reuse.procurementRoute", json.procurementRoute(), ProcurementRoute.class),
                json.dpiaAvailable(),
                blankToNull(json.dpiaUrl()),
                blankToNull(json.accessibilityStatementUrl()),
                hosting,
                SolutionInput.money(errors, "reuse.adoptionOneOffCost", json.adoptionOneOffCost()),
                SolutionInput.money(errors, "reuse.adoptionAnnualCost", json.adoptionAnnualCost()),
                blankToNull(json.adopterNeeds()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
