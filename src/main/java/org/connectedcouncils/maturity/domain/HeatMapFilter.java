package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.council.domain.CouncilFilter;
import org.connectedcouncils.council.domain.CouncilType;

/** Which councils a heat map shows: of one type and/or one nation (as the directory stores it); null means any. */
public record HeatMapFilter(CouncilType type, Nation nation) {

    public static final HeatMapFilter ALL = new HeatMapFilter(null, null);

    /** The same filter as the council directory takes it: active councils of the type and stored nation. */
    public CouncilFilter councils() {
        return new CouncilFilter(type, nation == null ? null : nation.stored());
    }
}
