package org.connectedcouncils.workinggroup.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;

/** Checks a council's charter commitment, every broken rule at once, with the JSON field name and an i18n key. */
public final class CharterValidator {

    /** At most 100 people-days a month, kept in tenths. */
    public static final int PEOPLE_DAY_TENTHS_MAX = 1_000;
    public static final long MONEY_MAX = 100_000_000L;
    public static final int ROLE_MAX = 200;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final String EMPTY = WorkingGroupValidator.PREFIX + "emptyCommitment";
    public static final String TOO_EARLY = WorkingGroupValidator.PREFIX + "tooEarly";

    private CharterValidator() {
    }

    /** {@code today} bounds the day the council's editors agreed. */
    public static void check(CommitmentTerms t, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (t.peopleDayTenths() < 0) {
            errors.add(FieldError.of("peopleDaysPerMonth", FieldChecks.NEGATIVE));
        } else if (t.peopleDayTenths() > PEOPLE_DAY_TENTHS_MAX) {
            errors.add(FieldError.of("peopleDaysPerMonth", FieldChecks.TOO_LARGE, PEOPLE_DAY_TENTHS_MAX / 10));
        }
        if (t.moneyPerYear() < 0) {
            errors.add(FieldError.of("moneyPerYear", FieldChecks.NEGATIVE));
        } else if (t.moneyPerYear() > MONEY_MAX) {
            errors.add(FieldError.of("moneyPerYear", FieldChecks.TOO_LARGE, MONEY_MAX));
        }
        FieldChecks.text(errors, "role", t.role(), false, ROLE_MAX);
        if (t.agreedOn() != null && t.agreedOn().isAfter(today)) {
            errors.add(FieldError.of("agreedOn", FieldChecks.FUTURE_DATE));
        } else if (t.agreedOn() != null && t.agreedOn().isBefore(EARLIEST)) {
            errors.add(FieldError.of("agreedOn", TOO_EARLY, EARLIEST.toString()));
        }
        if (errors.isEmpty() && t.peopleDayTenths() == 0 && t.moneyPerYear() == 0
                && (t.role() == null || t.role().isBlank())) {
            errors.add(FieldError.of("role", EMPTY));
        }
        FieldChecks.throwIfAny(errors);
    }
}
