package org.connectedcouncils.maturity.domain;

import java.util.List;

/**
 * One council's or one service area's impact: sums per currency (never converted), how many other councils reuse
 * its entries (each counted once), and the entries behind the figures (the first {@link #MAX_LINES}, by name).
 */
public record ImpactGroup(String code, String name, List<ImpactTotal> totals, int councilsReusing, int entries,
        List<ImpactLine> lines) {

    public static final int MAX_LINES = 50;

    public ImpactGroup {
        totals = List.copyOf(totals);
        lines = List.copyOf(lines);
    }
}
