package org.connectedcouncils.maturity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;

/** The bounds of assessments, reviews and level wording; every error found is reported at once. */
public final class MaturityRules {

    /** Welsh wording given without the English it translates. */
    public static final String WELSH_NEEDS_ENGLISH = "connected-councils.maturity.error.welshNeedsEnglish";

    public static final int MAX_JUSTIFICATION = 1000;
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_WORDING = 300;
    public static final int MAX_ENTRIES = 10;
    public static final int MAX_LINKS = 5;
    public static final int MAX_LINK = 500;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final String UNKNOWN_AREA = "connected-councils.error.serviceArea";
    public static final String RANGE = "connected-councils.error.range";
    public static final String MIN = "connected-councils.error.min";
    public static final String BAD_ENTRY = "connected-councils.maturity.error.entry";

    private MaturityRules() {
    }

    /** Checks an assessment's bounds; entry keys are checked for form here, for ownership by the service. */
    public static void check(NewAssessment a, Set<String> activeAreas, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (a.areaCode() == null || a.areaCode().isBlank()) {
            errors.add(FieldError.of("area", FieldChecks.REQUIRED));
        } else if (!activeAreas.contains(a.areaCode())) {
            errors.add(FieldError.of("area", UNKNOWN_AREA, a.areaCode()));
        }
        if (a.level() == null) {
            errors.add(FieldError.of("level", FieldChecks.REQUIRED));
        } else if (MaturityLevel.of(a.level()).isEmpty()) {
            errors.add(FieldError.of("level", RANGE, 1, 5));
        }
        if (a.assessedOn() == null) {
            errors.add(FieldError.of("date", FieldChecks.REQUIRED));
        } else if (a.assessedOn().isAfter(today)) {
            errors.add(FieldError.of("date", FieldChecks.FUTURE_DATE));
        } else if (a.assessedOn().isBefore(EARLIEST)) {
            errors.add(FieldError.of("date", MIN, EARLIEST.toString()));
        }
        FieldChecks.text(errors, "justification", a.justification(), true, MAX_JUSTIFICATION);
        List<String> entries = a.evidence().entries();
        if (entries.size() > MAX_ENTRIES) {
            errors.add(FieldError.of("evidence.entries", FieldChecks.TOO_MANY, MAX_ENTRIES));
        } else {
            for (String entry : entries) {
                if (entry == null || !entry.trim().matches("(?i)CC-[1-9][0-9]{0,9}")) {
                    errors.add(FieldError.of("evidence.entries", BAD_ENTRY));
                    break;
                }
            }
        }
        List<String> links = a.evidence().links();
        if (links.size() > MAX_LINKS) {
            errors.add(FieldError.of("evidence.links", FieldChecks.TOO_MANY, MAX_LINKS));
        } else {
            for (String link : links) {
                if (link == null || link.isBlank()) {
                    errors.add(FieldError.of("evidence.links", FieldChecks.NOT_URL));
                    break;
                }
                int before = errors.size();
                FieldChecks.url(errors, "evidence.links", link, MAX_LINK);
                if (errors.size() > before) {
                    break;
                }
            }
        }
        FieldChecks.throwIfAny(errors);
    }

    /** A review's comment is required and bounded. */
    public static void checkComment(String comment) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "comment", comment, true, MAX_COMMENT);
        FieldChecks.throwIfAny(errors);
    }

    /** A level's wording is bounded; blank means "back to the generic text". */
    /** An admin's wording and its Welsh: each at most {@code MAX_WORDING} characters; Welsh needs the English. */
    public static void checkWording(String wording, String wordingCy) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, "wording", wording, false, MAX_WORDING);
        FieldChecks.text(errors, "wordingCy", wordingCy, false, MAX_WORDING);
        if ((wording == null || wording.isBlank()) && wordingCy != null && !wordingCy.isBlank()) {
            errors.add(FieldError.of("wording", WELSH_NEEDS_ENGLISH));
        }
        FieldChecks.throwIfAny(errors);
    }
}
