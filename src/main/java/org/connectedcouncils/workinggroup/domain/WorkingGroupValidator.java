package org.connectedcouncils.workinggroup.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.register.domain.Vocabulary;

/**
 * Checks group details and status reports, reporting every broken rule at once with the JSON field name and an
 * i18n key (the generic {@link FieldChecks} codes where the reason is the same).
 */
public final class WorkingGroupValidator {

    public static final int NAME_MAX = 120;
    public static final int AIM_MAX = 2_000;
    public static final int CADENCE_MAX = 120;
    public static final int EXIT_CRITERIA_MAX = 2_000;
    public static final int AREAS_MAX = 10;
    public static final int SOLUTIONS_MAX = 20;
    public static final int MEMBERS_MAX = 50;
    public static final int SUMMARY_MAX = 1_000;
    public static final int REPORT_TEXT_MAX = 5_000;
    public static final int MESSAGE_MAX = 1_000;

    static final String PREFIX = "connected-councils.workinggroup.error.";
    public static final String LEAD_LISTED_AS_MEMBER = PREFIX + "leadListedAsMember";
    public static final String LEAD_LIMIT = PREFIX + "leadLimit";
    public static final String TOO_FEW_PARTNERS = PREFIX + "tooFewPartners";
    public static final String UNKNOWN_SOLUTION = PREFIX + "solution";
    public static final String LEAD_ROLE = PREFIX + "leadRole";
    public static final String UNKNOWN_SPACE = PREFIX + "space";
    public static final String PAGE_TITLE_TAKEN = PREFIX + "pageTitleTaken";

    private WorkingGroupValidator() {
    }

    /** Checks what the lead council's editors write; {@code lead} is checked too because a group needs one. */
    public static void check(GroupDetails d, CouncilCode lead, Vocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        details(errors, d, vocabulary);
        if (lead == null) {
            errors.add(FieldError.of("leadCouncil", FieldChecks.REQUIRED));
        } else if (!vocabulary.isActiveCouncil(lead)) {
            errors.add(FieldError.of("leadCouncil", FieldChecks.UNKNOWN_COUNCIL, lead.value()));
        }
        FieldChecks.throwIfAny(errors);
    }

    /** Checks a new group: details, lead, and the member councils it starts with. */
    public static void check(NewWorkingGroup g, Vocabulary vocabulary) {
        List<FieldError> errors = new ArrayList<>();
        if (g.details() == null) {
            errors.add(FieldError.of("name", FieldChecks.REQUIRED));
        } else {
            details(errors, g.details(), vocabulary);
        }
        if (g.leadCouncil() == null) {
            errors.add(FieldError.of("leadCouncil", FieldChecks.REQUIRED));
        } else if (!vocabulary.isActiveCouncil(g.leadCouncil())) {
            errors.add(FieldError.of("leadCouncil", FieldChecks.UNKNOWN_COUNCIL, g.leadCouncil().value()));
        }
        if (g.memberCouncils().size() > MEMBERS_MAX) {
            errors.add(FieldError.of("memberCouncils", FieldChecks.TOO_MANY, MEMBERS_MAX));
        } else {
            for (CouncilCode member : g.memberCouncils()) {
                if (member.equals(g.leadCouncil())) {
                    errors.add(FieldError.of("memberCouncils", LEAD_LISTED_AS_MEMBER, member.value()));
                } else if (!vocabulary.isActiveCouncil(member)) {
                    errors.add(FieldError.of("memberCouncils", FieldChecks.UNKNOWN_COUNCIL, member.value()));
                }
            }
        }
        FieldChecks.throwIfAny(errors);
    }

    private static void details(List<FieldError> errors, GroupDetails d, Vocabulary vocabulary) {
        FieldChecks.text(errors, "name", d.name(), true, NAME_MAX);
        FieldChecks.text(errors, "aim", d.aim(), true, AIM_MAX);
        FieldChecks.text(errors, "cadence", d.cadence(), false, CADENCE_MAX);
        FieldChecks.text(errors, "exitCriteria", d.exitCriteria(), false, EXIT_CRITERIA_MAX);
        if (d.model() == null) {
            errors.add(FieldError.of("model", FieldChecks.REQUIRED));
        }
        if (d.serviceAreas().isEmpty()) {
            errors.add(FieldError.of("serviceAreas", FieldChecks.REQUIRED));
        } else if (d.serviceAreas().size() > AREAS_MAX) {
            errors.add(FieldError.of("serviceAreas", FieldChecks.TOO_MANY, AREAS_MAX));
        } else {
            d.serviceAreas().stream().filter(a -> !vocabulary.isActiveServiceArea(a)).forEach(
                    a -> errors.add(FieldError.of("serviceAreas", SolutionValidator.UNKNOWN_SERVICE_AREA, a)));
        }
        if (d.linkedSolutions().size() > SOLUTIONS_MAX) {
            errors.add(FieldError.of("linkedSolutions", FieldChecks.TOO_MANY, SOLUTIONS_MAX));
        }
    }

    /** Checks a status report; {@code today} is the reporter's date (reports may not be dated in the future). */
    public static void check(StatusReportContent r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.reportDate() == null) {
            errors.add(FieldError.of("reportDate", FieldChecks.REQUIRED));
        } else if (r.reportDate().isAfter(today)) {
            errors.add(FieldError.of("reportDate", FieldChecks.FUTURE_DATE));
        }
        if (r.rag() == null) {
            errors.add(FieldError.of("rag", FieldChecks.REQUIRED));
        }
        FieldChecks.text(errors, "summary", r.summary(), true, SUMMARY_MAX);
        FieldChecks.text(errors, "achievements", r.achievements(), false, REPORT_TEXT_MAX);
        FieldChecks.text(errors, "nextSteps", r.nextSteps(), false, REPORT_TEXT_MAX);
        FieldChecks.text(errors, "risks", r.risks(), false, REPORT_TEXT_MAX);
        FieldChecks.throwIfAny(errors);
    }

    /** Checks free text that must be present (a decline reason) or may be (a join message). */
    public static void checkText(String field, String value, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        FieldChecks.text(errors, field, value, required, MESSAGE_MAX);
        FieldChecks.throwIfAny(errors);
    }
}
