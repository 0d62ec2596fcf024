package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.Membership;

/** A council's place in a group: {@code lead}, {@code member} or {@code observer}. */
public record MembershipJson(String group, CouncilRefJson council, String role, String since, String addedBy) {

    static MembershipJson of(Membership m, Map<CouncilCode, Council> names) {
        return new MembershipJson(m.group().toString(), WgJson.council(m.council(), names), JsonFormats.code(m.role()),
                JsonFormats.instant(m.since()), m.addedBy());
    }
}
