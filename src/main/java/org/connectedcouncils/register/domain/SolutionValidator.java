package org.connectedcouncils.register.domain;

import static org.connectedcouncils.common.domain.FieldChecks.NEGATIVE;
import static org.connectedcouncils.common.domain.FieldChecks.TOO_LARGE;
import static org.connectedcouncils.common.domain.FieldChecks.TOO_MANY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * Checks an entry's content and reports every broken rule at once, each naming the JSON field and an i18n key; the
 * generic codes and checks are {@link FieldChecks}'.
 */
public final class SolutionValidator {

    public static final int NAME_MAX = 120;
    public static final int SUMMARY_MAX = 200;
    public static final int DESCRIPTION_MAX = 50_000;
    public static final int OUTCOMES_MAX = 10_000;
    public static final int URL_MAX = 450;
    public static final int CONTACT_MAX = 255;
    public static final int PLATFORM_MAX = 40;
    public static final int LIST_MAX = 20;
    /**
     * Categories come from a controlled list (stored unlimited), and publiccode.yml files such as the standard's
     * own example list dozens of them: every category of the list may be given once.
     */
    public static final int CATEGORIES_MAX = PubliccodeVocabulary.CATEGORIES.size();
    public static final long MONEY_MAX = 100_000_000_000L;

    private static final java.util.regex.Pattern PLATFORM = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._/ -]*");

    static final String PREFIX = "connected-councils.error.";
    /** {@link FieldChecks#REQUIRED}, named here too until the register's services being split switch over. */
    public static final String REQUIRED = FieldChecks.REQUIRED;
    /** {@link FieldChecks#TOO_LONG}, named here too until the register's services being split switch over. */
    public static final String TOO_LONG = FieldChecks.TOO_LONG;
    /** {@link FieldChecks#NOT_URL}, named here too until the register's services being split switch over. */
    public static final String NOT_URL = FieldChecks.NOT_URL;
    /** {@link FieldChecks#UNKNOWN_COUNCIL}, named here too until the services being split switch over. */
    public static final String UNKNOWN_COUNCIL = FieldChecks.UNKNOWN_COUNCIL;
    public static final String UNKNOWN_LICENCE = PREFIX + "licence";
    public static final String UNKNOWN_SERVICE_AREA = PREFIX + "serviceArea";
    public static final String UNKNOWN_CATEGORY = PREFIX + "category";
    public static final String BAD_PLATFORM = PREFIX + "platform";
    public static final String CURRENCY = PREFIX + "currency";
    public static final String MIXED_CURRENCY = PREFIX + "mixedCurrency";
    public static final String RETIRED_BY_ACTION = PREFIX + "retiredByAction";
    public static final String DPIA_LINK_WITHOUT_DPIA = PREFIX + "dpiaLinkWithoutDpia";
    public static final String REPLACES_ITSELF = PREFIX + "replacesItself";
    public static final String UNKNOWN_ENTRY = PREFIX + "unknownEntry";
    public static final int ADOPTER_NEEDS_MAX = 10_000;

    private SolutionValidator() {
    }

    /** Throws {@link ValidationException} with every error found; returns quietly when the content is valid. */
    public static void check(SolutionContent c, Vocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "name", c.name(), true, NAME_MAX);
        FieldChecks.text(errors, "summary", c.summary(), true, SUMMARY_MAX);
        FieldChecks.text(errors, "description", c.description(), false, DESCRIPTION_MAX);
        FieldChecks.text(errors, "citizenOutcomes", c.citizenOutcomes(), false, OUTCOMES_MAX);
        FieldChecks.text(errors, "keyContact", c.keyContact(), false, CONTACT_MAX);
        if (c.kind() == null) {
            errors.add(FieldError.of("kind", FieldChecks.REQUIRED));
        }
        if (c.phase() == null) {
            errors.add(FieldError.of("phase", FieldChecks.REQUIRED));
        }
        if (c.ownerCouncil() == null) {
            errors.add(FieldError.of("ownerCouncil", FieldChecks.REQUIRED));
        } else if (!vocabulary.isActiveCouncil(c.ownerCouncil())) {
            errors.add(FieldError.of("ownerCouncil", FieldChecks.UNKNOWN_COUNCIL, c.ownerCouncil().value()));
        }
        if (c.serviceAreas().isEmpty()) {
            errors.add(FieldError.of("serviceAreas", FieldChecks.REQUIRED));
        } else if (c.serviceAreas().size() > LIST_MAX) {
            errors.add(FieldError.of("serviceAreas", TOO_MANY, LIST_MAX));
        } else {
            c.serviceAreas().stream().filter(a -> !vocabulary.isActiveServiceArea(a)).forEach(
                    a -> errors.add(FieldError.of("serviceAreas", UNKNOWN_SERVICE_AREA, a)));
        }
        FieldChecks.url(errors, "landingUrl", c.landingUrl(), URL_MAX);
        FieldChecks.url(errors, "repositoryUrl", c.repositoryUrl(), URL_MAX);
        if (c.licence() != null && Licences.canonical(c.licence()).isEmpty()) {
            errors.add(FieldError.of("licence", UNKNOWN_LICENCE, c.licence()));
        }
        if (c.platforms().size() > LIST_MAX) {
            errors.add(FieldError.of("platforms", TOO_MANY, LIST_MAX));
        }
        for (String p : c.platforms()) {
            if (p == null || p.length() > PLATFORM_MAX || !PLATFORM.matcher(p).matches()) {
                errors.add(FieldError.of("platforms", BAD_PLATFORM, String.valueOf(p), PLATFORM_MAX));
            }
        }
        if (c.categories().size() > CATEGORIES_MAX) {
            errors.add(FieldError.of("categories", TOO_MANY, CATEGORIES_MAX));
        }
        c.categories().stream().filter(cat -> !PubliccodeVocabulary.CATEGORIES.contains(cat)).forEach(
                cat -> errors.add(FieldError.of("categories", UNKNOWN_CATEGORY, String.valueOf(cat))));
        String currency = c.currency();
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("oneOffCost", c.oneOffCost());
        amounts.put("annualRunningCost", c.annualRunningCost());
        amounts.put("annualSaving", c.annualSaving());
        amounts.put("reuse.adoptionOneOffCost", c.reuse().adoptionOneOffCost());
        amounts.put("reuse.adoptionAnnualCost", c.reuse().adoptionAnnualCost());
        amounts.forEach((field, m) -> {
            money(errors, field, m);
            if (m != null && !m.currency().equals(currency)) {
                errors.add(FieldError.of(field + ".currency", MIXED_CURRENCY, currency));
            }
        });
        reuse(errors, c.reuse());
        FieldChecks.throwIfAny(errors);
    }

    /** The reuse terms' texts and links (their costs are checked with the entry's other money). */
    private static void reuse(List<FieldError> errors, ReuseTerms r) {
        FieldChecks.text(errors, "reuse.contact", r.contact(), false, CONTACT_MAX);
        FieldChecks.url(errors, "reuse.dpiaUrl", r.dpiaUrl(), URL_MAX);
        FieldChecks.url(errors, "reuse.accessibilityStatementUrl", r.accessibilityStatementUrl(), URL_MAX);
        FieldChecks.text(errors, "reuse.adopterNeeds", r.adopterNeeds(), false, ADOPTER_NEEDS_MAX);
        if (r.dpiaUrl() != null && FieldChecks.isWebUrl(r.dpiaUrl()) && Boolean.FALSE.equals(r.dpiaAvailable())) {
            errors.add(FieldError.of("reuse.dpiaUrl", DPIA_LINK_WITHOUT_DPIA));
        }
    }

    /** Checks the details of a retirement: a reason is required, texts are bounded, an entry cannot replace itself. */
    public static void checkRetirement(SolutionKey retired, Retirement r) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "reason", r.reason(), true, Retirement.REASON_MAX);
        FieldChecks.text(errors, "lessonsLearned", r.lessonsLearned(), false, Retirement.LESSONS_MAX);
        if (retired.equals(r.replacedBy())) {
            errors.add(FieldError.of("replacedBy", REPLACES_ITSELF));
        }
        FieldChecks.throwIfAny(errors);
    }

    /** Adds the errors of an adoption's details: bounded texts and a saving in a known currency. */
    public static void checkAdoptionDetails(List<FieldError> errors, AdoptionDetails d) {
        FieldChecks.text(errors, "release", d.release(), false, AdoptionDetails.RELEASE_MAX);
        FieldChecks.text(errors, "supplier", d.supplier(), false, AdoptionDetails.SUPPLIER_MAX);
        money(errors, "annualSaving", d.annualSaving());
    }

    /** True for an absolute http(s) URL with a host ({@link FieldChecks#isWebUrl}, named here for the importers). */
    public static boolean isWebUrl(String value) {
        return FieldChecks.isWebUrl(value);
    }

    private static void money(List<FieldError> errors, String field, Money m) {
        if (m == null) {
            return;
        }
        if (m.minorUnits() < 0) {
            errors.add(FieldError.of(field + ".amount", NEGATIVE));
        } else if (m.minorUnits() > MONEY_MAX) {
            errors.add(FieldError.of(field + ".amount", TOO_LARGE, MONEY_MAX));
        }
        if (!m.hasKnownCurrency()) {
            errors.add(FieldError.of(field + ".currency", CURRENCY, m.currency()));
        }
    }
}
