package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;

/** Which councils a heat map shows: of one type and/or one nation; null means any. */
public record HeatMapFilter(CouncilType type, Nation nation) {

    public static final HeatMapFilter ALL = new HeatMapFilter(null, null);

    public boolean accepts(Council council) {
        return !council.retired() && (type == null || council.type() == type)
                && (nation == null || Nation.of(council.code()) == nation);
    }
}
