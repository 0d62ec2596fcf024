package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** What only the working-group JSON reads and writes: council references by name, and group keys in addresses. */
final class WgJson {

    private WgJson() {
    }

    static CouncilRefJson council(CouncilCode code, Map<CouncilCode, Council> names) {
        return CouncilRefJson.of(code, Council.names(names));
    }

    /** An unreadable key names nothing: 404, like a key that does not exist. */
    static WorkingGroupKey key(String raw) {
        return WorkingGroupKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
