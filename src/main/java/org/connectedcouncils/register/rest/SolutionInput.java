package org.connectedcouncils.register.rest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.QueryParams;

/**
 * Body of {@code POST /solutions} and {@code PUT /solutions/{key}}: the whole content (a PUT replaces every field;
 * absent optional fields become empty, {@code reuse} included). {@code version} is required on PUT and ignored on
 * POST. Codes are checked here so that a bad one is reported with its field; the rules on values are the
 * validator's.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SolutionInput(
        Integer version,
        String name,
        String summary,
        String description,
        String kind,
        String phase,
        String ownerCouncil,
        String keyContact,
        List<String> serviceAreas,
        List<String> offers,
        String landingUrl,
        String repositoryUrl,
        String licence,
        String softwareType,
        String maintenance,
        List<String> platforms,
        List<String> categories,
        String budgetBand,
        MoneyJson oneOffCost,
        MoneyJson annualRunningCost,
        MoneyJson annualSaving,
        String citizenOutcomes,
        ReuseTermsJson reuse) {

    /** A body that would create {@code c} (for showing what an import fills in); null for null. */
    static SolutionInput of(SolutionContent c) {
        if (c == null) {
            return null;
        }
        return new SolutionInput(null, c.name(), c.summary(), c.description(), JsonFormats.code(c.kind()),
                JsonFormats.code(c.phase()), c.ownerCouncil() == null ? null : c.ownerCouncil().value(),
                c.keyContact(), List.copyOf(c.serviceAreas()), JsonFormats.codes(c.sortedOffers()), c.landingUrl(),
                c.repositoryUrl(), c.licence(), JsonFormats.code(c.softwareType()), JsonFormats.code(c.maintenance()),
                c.platforms(), c.categories(), JsonFormats.code(c.budgetBand()), MoneyJson.of(c.oneOffCost()),
                MoneyJson.of(c.annualRunningCost()), MoneyJson.of(c.annualSaving()), c.citizenOutcomes(),
                c.reuse().isEmpty() ? null : ReuseTermsJson.of(c.reuse()));
    }

    /** The content this body describes; throws {@link ValidationException} naming every unreadable field. */
    SolutionContent toContent() {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode owner = null;
        if (ownerCouncil != null && !ownerCouncil.isBlank()) {
            owner = CouncilCode.parse(ownerCouncil).orElse(null);
            if (owner == null) {
                errors.add(FieldError.of("ownerCouncil", FieldChecks.UNKNOWN_COUNCIL, ownerCouncil));
            }
        }
        Set<CollaborationOffer> offerSet = new LinkedHashSet<>();
        for (String offer : list(offers)) {
            CollaborationOffer o = code(errors, "offers", offer, CollaborationOffer.class);
            if (o != null) {
                offerSet.add(o);
            }
        }
        SolutionContent content = new SolutionContent(name, summary, description,
                code(errors, "kind", kind, SolutionKind.class), code(errors, "phase", phase, Phase.class), owner,
                blankToNull(keyContact), new TreeSet<>(nonNull(errors, "serviceAreas", serviceAreas)), offerSet,
                blankToNull(landingUrl), blankToNull(repositoryUrl), blankToNull(licence),
                code(errors, "softwareType", softwareType, SoftwareType.class),
                code(errors, "maintenance", maintenance, MaintenanceType.class),
                nonNull(errors, "platforms", platforms), nonNull(errors, "categories", categories),
                code(errors, "budgetBand", budgetBand, BudgetBand.class), money(errors, "oneOffCost", oneOffCost),
                money(errors, "annualRunningCost", annualRunningCost), money(errors, "annualSaving", annualSaving),
                citizenOutcomes, ReuseTermsJson.toTerms(reuse, errors));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return content;
    }

    /** The version a PUT edits; required. */
    int requiredVersion() {
        if (version == null) {
            throw ValidationException.of(FieldError.of("version", FieldChecks.REQUIRED));
        }
        return version;
    }

    static <E extends Enum<E> & Coded> E code(List<FieldError> errors, String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, raw);
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, ErrorCodes.INVALID_VALUE, raw, QueryParams.allowed(type)));
        }
        return value.orElse(null);
    }

    static Money money(List<FieldError> errors, String field, MoneyJson json) {
        if (json == null) {
            return null;
        }
        if (json.amount() == null) {
            errors.add(FieldError.of(field + ".amount", FieldChecks.REQUIRED));
        }
        if (json.currency() == null || json.currency().isBlank()) {
            errors.add(FieldError.of(field + ".currency", FieldChecks.REQUIRED));
        }
        if (json.amount() == null || json.currency() == null || json.currency().isBlank()) {
            return null;
        }
        return Money.of(json.amount(), json.currency().trim());
    }

    private static List<String> nonNull(List<FieldError> errors, String field, List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : list(values)) {
            if (v == null) {
                errors.add(FieldError.of(field, FieldChecks.REQUIRED));
            } else {
                out.add(v.trim());
            }
        }
        return out;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
