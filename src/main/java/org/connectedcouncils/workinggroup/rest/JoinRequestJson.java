package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.JoinRequest;

/** A council's request to join; {@code decidedBy}, {@code decidedAt} and {@code reason} are null while pending. */
public record JoinRequestJson(long id, String group, CouncilRefJson council, String role, String message,
        String state, String requestedBy, String requestedAt, String decidedBy, String decidedAt, String reason) {

    static JoinRequestJson of(JoinRequest r, Map<CouncilCode, Council> names) {
        return new JoinRequestJson(r.id(), r.group().toString(), WgJson.council(r.council(), names),
                JsonFormats.code(r.role()), r.message(), JsonFormats.code(r.state()), r.requestedBy(),
                JsonFormats.instant(r.requestedAt()), r.decidedBy(), JsonFormats.instant(r.decidedAt()), r.reason());
    }
}
