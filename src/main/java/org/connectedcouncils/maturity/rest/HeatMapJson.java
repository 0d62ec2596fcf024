package org.connectedcouncils.maturity.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * The heat map: the active areas (columns, named and ordered in the request's language) and, per council, its current
 * level by area code.
 */
public record HeatMapJson(List<Area> areas, List<Row> councils) {

    /** A column: an active service area. */
    public record Area(String code, String name) {
    }

    /** One council's row. */
    public record Row(String code, String name, String type, String nation, Map<String, Integer> levels) {
    }

    static HeatMapJson of(HeatMap map, boolean welsh) {
        return new HeatMapJson(ServiceArea.inOrderFor(map.areas(), welsh).stream()
                .map(a -> new Area(a.code(), a.nameFor(welsh))).toList(), map.rows().stream()
                .map(r -> {
                    Map<String, Integer> levels = new TreeMap<>();
                    r.levels().forEach((area, level) -> levels.put(area, level.number()));
                    return new Row(r.council().code().toString(), r.council().name(),
                            JsonFormats.code(r.council().type()), Nation.of(r.council().code()).code(), levels);
                }).toList());
    }
}
