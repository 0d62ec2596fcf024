package org.connectedcouncils.maturity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;

/**
 * The bounds of a commitment; every error found is reported at once, each naming its field. Dates lie between
 * {@link #EARLIEST} and today (made on, met on) or ten years ahead (due by); a met commitment has its date met, no
 * other has one; a planned one may have no date made; only "lead a working group" links a group, and must.
 */
public final class CommitmentRules {

    public static final int MAX_TITLE = 200;
    public static final int DUE_YEARS = 10;
    public static final LocalDate EARLIEST = MaturityRules.EARLIEST;
    public static final String MAX = "connected-councils.commitments.error.late";
    public static final String BEFORE_MADE = "connected-councils.commitments.error.beforeMade";
    public static final String ONLY_WHEN_MET = "connected-councils.commitments.error.onlyWhenMet";
    public static final String ONLY_LEAD_GROUP = "connected-councils.commitments.error.onlyLeadGroup";
    public static final String UNKNOWN_GROUP = "connected-councils.commitments.error.unknownGroup";
    public static final String NOT_IN_GROUP = "connected-councils.commitments.error.notInGroup";

    private CommitmentRules() {
    }

    /** Checks {@code c} (already trimmed) against today's date. */
    public static void check(CommitmentDraft c, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c.kind() == null) {
            errors.add(FieldError.of("kind", FieldChecks.REQUIRED));
        }
        FieldChecks.text(errors, "title", c.title(), c.kind() == CommitmentKind.OTHER, MAX_TITLE);
        if (c.status() == null) {
            errors.add(FieldError.of("status", FieldChecks.REQUIRED));
        }
        if (c.madeOn() == null && c.status() != null && c.status() != CommitmentStatus.PLANNED) {
            errors.add(FieldError.of("madeOn", FieldChecks.REQUIRED));
        }
        past(errors, "madeOn", c.madeOn(), today);
        if (c.dueBy() != null) {
            if (c.dueBy().isBefore(EARLIEST)) {
                errors.add(FieldError.of("dueBy", MaturityRules.MIN, EARLIEST.toString()));
            } else if (c.dueBy().isAfter(today.plusYears(DUE_YEARS))) {
                errors.add(FieldError.of("dueBy", MAX, today.plusYears(DUE_YEARS).toString()));
            } else if (c.madeOn() != null && c.dueBy().isBefore(c.madeOn())) {
                errors.add(FieldError.of("dueBy", BEFORE_MADE));
            }
        }
        if (c.status() == CommitmentStatus.MET && c.metOn() == null) {
            errors.add(FieldError.of("metOn", FieldChecks.REQUIRED));
        } else if (c.status() != null && c.status() != CommitmentStatus.MET && c.metOn() != null) {
            errors.add(FieldError.of("metOn", ONLY_WHEN_MET));
        } else if (c.metOn() != null) {
            past(errors, "metOn", c.metOn(), today);
            if (c.madeOn() != null && c.metOn().isBefore(c.madeOn())) {
                errors.add(FieldError.of("metOn", BEFORE_MADE));
            }
        }
        if (c.kind() == CommitmentKind.LEAD_GROUP && c.group() == null) {
            errors.add(FieldError.of("group", FieldChecks.REQUIRED));
        } else if (c.kind() != null && c.kind() != CommitmentKind.LEAD_GROUP && c.group() != null) {
            errors.add(FieldError.of("group", ONLY_LEAD_GROUP));
        }
        FieldChecks.throwIfAny(errors);
    }

    private static void past(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            errors.add(FieldError.of(field, FieldChecks.FUTURE_DATE));
        } else if (date.isBefore(EARLIEST)) {
            errors.add(FieldError.of(field, MaturityRules.MIN, EARLIEST.toString()));
        }
    }
}
