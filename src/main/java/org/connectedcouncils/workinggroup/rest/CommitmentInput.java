package org.connectedcouncils.workinggroup.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;

/**
 * Body of {@code PUT /working-groups/{key}/charter/{council}}: people-days a month (one decimal kept), money in whole
 * pounds a year, the council's role in its own words and the day its editors agreed ({@code yyyy-MM-dd}).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CommitmentInput(BigDecimal peopleDaysPerMonth, Long moneyPerYear, String role, String agreedOn) {

    private static final BigDecimal TENTHS_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    CommitmentTerms terms() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate agreed = JsonFormats.date(errors, "agreedOn", agreedOn);
        JsonFormats.throwIfAny(errors);
        BigDecimal tenths = peopleDaysPerMonth == null ? BigDecimal.ZERO
                : peopleDaysPerMonth.multiply(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP);
        return new CommitmentTerms(tenths.min(TENTHS_MAX).max(TENTHS_MAX.negate()).intValue(),
                moneyPerYear == null ? 0 : moneyPerYear, role, agreed);
    }
}
