package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.CouncilCode;

/** What the impact roll-up covers: its grouping, and optionally one owning council and one service area. */
public record ImpactFilter(ImpactGrouping by, CouncilCode council, String area) {

    public ImpactFilter {
        by = by == null ? ImpactGrouping.AREA : by;
        area = area == null || area.isBlank() ? null : area.trim();
    }
}
