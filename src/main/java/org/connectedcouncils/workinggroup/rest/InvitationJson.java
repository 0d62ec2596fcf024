package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.Invitation;

/**
 * A group's invitation to a council; {@code decidedBy}, {@code decidedAt} and {@code reason} are null while pending.
 */
public record InvitationJson(long id, String group, CouncilRefJson council, String role, String state,
        String invitedBy, String invitedAt, String decidedBy, String decidedAt, String reason) {

    static InvitationJson of(Invitation i, Map<CouncilCode, Council> names) {
        return new InvitationJson(i.id(), i.group().toString(), WgJson.council(i.council(), names),
                JsonFormats.code(i.role()), JsonFormats.code(i.state()), i.invitedBy(),
                JsonFormats.instant(i.invitedAt()), i.decidedBy(), JsonFormats.instant(i.decidedAt()), i.reason());
    }
}
