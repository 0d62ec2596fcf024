package org.connectedcouncils.common.rest;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal.NotFound;

/** Values read from a REST path: an unreadable one names nothing, so it is a 404 like one that does not exist. */
public final class PathParams {

    private PathParams() {
    }

    /** The council code a path names; NotFound when it is not one. */
    public static CouncilCode council(String raw) {
        return CouncilCode.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
