package org.connectedcouncils.maturity.domain;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * Councils x service areas, each cell the council's current level (absent when not assessed). A bounded aggregate:
 * its size is set by the directory and the taxonomy, never by the number of assessments.
 */
public record HeatMap(HeatMapFilter filter, List<ServiceArea> areas, List<Row> rows) {

    public HeatMap {
        areas = List.copyOf(areas);
        rows = List.copyOf(rows);
    }

    /** One council's levels by area code. */
    public record Row(Council council, Map<String, MaturityLevel> levels) {

        public Row {
            levels = Map.copyOf(levels);
        }
    }
}
