package org.connectedcouncils.maturity.domain;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * Councils x service areas, each cell the council's current level (absent when not assessed): one page of the
 * councils of the filter ({@code start}, {@code limit}) out of {@code total}, with every active area.
 */
public record HeatMap(HeatMapFilter filter, List<ServiceArea> areas, List<Row> rows, int start, int limit,
        long total) {

    public HeatMap {
        areas = List.copyOf(areas);
        rows = List.copyOf(rows);
    }

    /** Every row there is, on one page (the one-area view across councils). */
    public HeatMap(HeatMapFilter filter, List<ServiceArea> areas, List<Row> rows) {
        this(filter, areas, rows, 0, Math.max(1, rows.size()), rows.size());
    }

    /** Whether councils of the filter come after this page. */
    public boolean hasNext() {
        return start + rows.size() < total;
    }

    /** One council's levels by area code. */
    public record Row(Council council, Map<String, MaturityLevel> levels) {

        public Row {
            levels = Map.copyOf(levels);
        }
    }
}
