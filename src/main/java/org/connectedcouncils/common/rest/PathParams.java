package org.connectedcouncils.common.rest;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal.NotFound;

/** Values a request's address names: one that does not read names nothing, a 404 like one that does not exist. */
public final class PathParams {

    private PathParams() {
    }

    /** The council code in the address; {@link NotFound} when it is not one. */
    public static CouncilCode council(String raw) {
        return CouncilCode.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
