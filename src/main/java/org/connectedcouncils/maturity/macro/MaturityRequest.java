package org.connectedcouncils.maturity.macro;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.Nation;

/** What a maturity macro shows: one council's profile, or one area (or the map) across the filtered councils. */
record MaturityRequest(CouncilCode council, String area, HeatMapFilter filter, boolean sameNation) {

    static final Set<String> MAP_PARAMETERS = Set.of("type", "nation");
    static final String COUNCIL_OR_AREA = "connected-councils.maturity.macro.councilOrArea";

    /**
     * {@code cc-maturity}: {@code council} or {@code area} (not both), for a council whether its comparison group is
     * narrowed to its nation ({@code sameNation}), and for an area the map's filters.
     */
    static MaturityRequest single(MacroParameters p) {
        CouncilCode council = p.council("council");
        String area = p.text("area").map(String::trim).orElse(null);
        if ((council == null) == (area == null)) {
            throw new InvalidParameter("council", COUNCIL_OR_AREA);
        }
        boolean sameNation = "true".equals(p.oneOf("sameNation", Set.of("true", "false")));
        return new MaturityRequest(council, area, filter(p), sameNation);
    }

    /** {@code cc-maturity-map}: the filters only. */
    static MaturityRequest map(MacroParameters p) {
        return new MaturityRequest(null, null, filter(p.only(MAP_PARAMETERS)), false);
    }

    private static HeatMapFilter filter(MacroParameters p) {
        return new HeatMapFilter(p.code("type", CouncilType.class), p.code("nation", Nation.class));
    }
}
