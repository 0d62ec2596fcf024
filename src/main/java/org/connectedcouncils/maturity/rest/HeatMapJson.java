package org.connectedcouncils.maturity.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * One page of the heat map: the active areas (columns, named and ordered in the request's language, with their
 * Welsh names too) and, per council of the page, its current level by area code (a council that has not assessed has
 * no levels); {@code start}, {@code limit}, {@code size} and {@code total} count councils, as every paged list of
 * the API does.
 */
public record HeatMapJson(List<Area> areas, List<Row> councils, int start, int limit, int size, long total) {

    /** A column: an active service area, named in the request's language (its Welsh name too, when it has one). */
    public record Area(String code, String name, String nameCy) {
    }

    /** One council's row; {@code nation} is the directory's (england, scotland, wales, northern-ireland, other). */
    public record Row(String code, String name, String type, String nation, Map<String, Integer> levels) {
    }

    static HeatMapJson of(HeatMap map, boolean welsh) {
        List<Row> rows = map.rows().stream().map(r -> {
            Map<String, Integer> levels = new TreeMap<>();
            r.levels().forEach((area, level) -> levels.put(area, level.number()));
            return new Row(r.council().code().toString(), r.council().name(), JsonFormats.code(r.council().type()),
                    Nation.ofStored(r.council().place().nation()).code(), levels);
        }).toList();
        return new HeatMapJson(ServiceArea.inOrderFor(map.areas(), welsh).stream()
                .map(a -> new Area(a.code(), a.nameFor(welsh), a.nameCy())).toList(),
                rows, map.start(), map.limit(), rows.size(), map.total());
    }
}
