package org.connectedcouncils.register.rest;

import static org.connectedcouncils.common.rest.JsonFormats.code;
import static org.connectedcouncils.common.rest.JsonFormats.date;
import static org.connectedcouncils.common.rest.JsonFormats.instant;

import org.connectedcouncils.common.rest.CouncilRefJson;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;

/**
 * One council's declared use of an entry, its details, whether the owner council confirmed it, and (apart) whether
 * it lapsed for want of the adopter's re-confirmation.
 */
public record AdoptionJson(
        String solution,
        CouncilRefJson council,
        String state,
        String since,
        String evidenceUrl,
        String declaredBy,
        String declaredAt,
        boolean confirmed,
        String confirmedBy,
        String confirmedAt,
        String release,
        String hosting,
        String supplier,
        MoneyJson annualSaving,
        String checkedAt,
        boolean lapsed,
        String lapsedAt) {

    static AdoptionJson of(Adoption a, Map<CouncilCode, Council> councils) {
        return new AdoptionJson(a.solution().toString(), CouncilRefJson.of(a.council(), Council.names(councils)),
                code(a.state()), date(a.since()), a.evidenceUrl(), a.declaredBy(),
                instant(a.declaredAt()), a.isConfirmed(), a.confirmedBy(), instant(a.confirmedAt()),
                a.details().release(), code(a.details().hosting()), a.details().supplier(),
                MoneyJson.of(a.details().annualSaving()), instant(a.checkedAt()), a.isLapsed(),
                instant(a.lapsedAt()));
    }
}
