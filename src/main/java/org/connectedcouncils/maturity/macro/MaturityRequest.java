package org.connectedcouncils.maturity.macro;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.Nation;

/**
 * What a maturity macro shows: one council's profile, or one area across the filtered councils, or the map's first
 * page of {@code pageSize} councils; {@code pageId} is the page the macro is on (null when unknown), for the link
 * an export gives to the whole map.
 */
record MaturityRequest(CouncilCode council, String area, HeatMapFilter filter, boolean sameNation, int pageSize,
        Long pageId) {

    static final Set<String> MAP_PARAMETERS = Set.of("type", "nation", "pageSize");
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
        return new MaturityRequest(council, area, filter(p), sameNation, PageRequest.DEFAULT_LIMIT, null);
    }

    /** {@code cc-maturity-map}: the filters and the councils per page (1 to 100, 25 by default). */
    static MaturityRequest map(MacroParameters p, Long pageId) {
        MacroParameters known = p.only(MAP_PARAMETERS);
        return new MaturityRequest(null, null, filter(known), false,
                known.number("pageSize", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT), pageId);
    }

    /** The first page of the map. */
    PageRequest firstPage() {
        return new PageRequest(0, pageSize);
    }

    private static HeatMapFilter filter(MacroParameters p) {
        return new HeatMapFilter(p.code("type", CouncilType.class), p.code("nation", Nation.class));
    }
}
