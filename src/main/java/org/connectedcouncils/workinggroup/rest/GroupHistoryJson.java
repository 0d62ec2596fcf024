package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;

/** A line of a group's history: when, who (user key), what (a code), the council it concerns and a short detail. */
public record GroupHistoryJson(String at, String actor, String what, CouncilRefJson council, String detail) {

    static GroupHistoryJson of(GroupHistoryEntry e, Map<CouncilCode, Council> names) {
        return new GroupHistoryJson(JsonFormats.instant(e.at()), e.actorKey(), JsonFormats.code(e.what()),
                e.council() == null ? null : WgJson.council(e.council(), names), e.detail());
    }
}
