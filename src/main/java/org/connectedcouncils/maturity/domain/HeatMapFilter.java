package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.council.domain.CouncilFilter;
import org.connectedcouncils.council.domain.CouncilType;

/**
 * Which councils a heat map shows: of one type and/or one nation (as the directory stores it), null meaning any;
 * only those with a current assessment unless {@code councils} is {@link MapCouncils#ALL}.
 */
public record HeatMapFilter(CouncilType type, Nation nation, MapCouncils councils) {

    /** Councils of any type and nation that have assessed. */
    public static final HeatMapFilter ANY = new HeatMapFilter(null, null, MapCouncils.ASSESSED);

    public HeatMapFilter {
        councils = councils == null ? MapCouncils.ASSESSED : councils;
    }

    /** Whether councils that have not assessed yet are listed too. */
    public boolean includesUnassessed() {
        return councils == MapCouncils.ALL;
    }

    /** The same filter as the council directory takes it: active councils of the type and stored nation. */
    public CouncilFilter directory() {
        return new CouncilFilter(type, nation == null ? null : nation.stored());
    }
}
