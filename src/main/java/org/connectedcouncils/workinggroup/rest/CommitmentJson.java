package org.connectedcouncils.workinggroup.rest;

import java.math.BigDecimal;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.Commitment;

/** A line of a group's charter; {@code progress} is null until the lead marks it, {@code agreedOn} may be null. */
public record CommitmentJson(String group, CouncilRefJson council, BigDecimal peopleDaysPerMonth, long moneyPerYear,
        String role, String agreedOn, String progress, String updatedAt, String updatedBy) {

    static CommitmentJson of(Commitment c, Map<CouncilCode, Council> names) {
        return new CommitmentJson(c.group().toString(), WgJson.council(c.council(), names),
                BigDecimal.valueOf(c.terms().peopleDayTenths(), 1), c.terms().moneyPerYear(), c.terms().role(),
                JsonFormats.date(c.terms().agreedOn()), c.progress() == null ? null : JsonFormats.code(c.progress()),
                JsonFormats.instant(c.updated()), c.updatedBy());
    }
}
