package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.maturity.domain.HeatMap;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.maturity.view.LevelColours;

/**
 * The heat map: a legend, the data as a table (for screen readers, and what the picture is drawn from), and for
 * export an SVG grid of councils x service areas laid out on the server, each cell filled by level and printed with
 * the level number. On screen ({@code serverDrawn} false) the browser draws the same grid from the table
 * ({@code web/maturity/heat-map.js}), so a page view costs the server the table alone (issue 19's benchmark).
 */
public record HeatMapView(String id, String title, String filterNote, boolean serverDrawn, int width, int height,
        List<Header> headers, List<Row> rows, List<LegendItem> legend, LegendItem none, List<Views.Option> columns,
        List<TableRow> table, Paging paging) {

    /** Where the script asks for the other pages (under the context path). */
    public static final String REST_PATH = "/rest/connected-councils/1.0/maturity/heat-map";
    static final String P = "connected-councils.maturity.map.";

    static final int LABEL_WIDTH = 220;
    static final int CELL = 30;
    static final int ROW = 26;
    static final int HEADER = 150;
    static final int LABEL_MAX = 30;
    /** Room at the right for the last column headings, which lean right as they rise. */
    static final int HEADER_OVERHANG = 120;
    static final String NOT_ASSESSED = "\u2013";

    /** A column heading, drawn turned up by 60 degrees from its anchor. */
    public record Header(String label, int x, int y) {
    }

    /**
     * A council's row, drawn in a group moved down to {@code y}: its name at the left and one cell per area. The
     * cells' vertical places and the text's offset are constants of the template, so a cell costs the template four
     * references instead of seven (issue 22: ~9,200 cells per map, and each reference is a Velocity evaluation).
     */
    public record Row(String label, int labelX, int y, List<Cell> cells) {
    }

    /**
     * One cell ({@value #CELL} - 2 by {@value #ROW} - 2) at {@code x} in its row: colours and the level number (a dash
     * when not assessed), the number centred by the template's offset.
     */
    public record Cell(int x, String fill, String textFill, String text) {
    }

    /** A legend entry: swatch colours, number and level name. */
    public record LegendItem(String number, String name, String fill, String textFill) {
    }

    /** A row of the accessible table: the council and its level name per area (blank when not assessed). */
    public record TableRow(String council, List<String> levels) {
    }

    /**
     * The page's place among the councils of the filter: "showing X to Y of N councils"; on screen the pager's start,
     * size and filter for the script (with its texts, {0} placeholders kept); in export, when there is more than this
     * page, the address of the page the map is on ({@code onlineHref}, empty when unknown).
     */
    public record Paging(String showing, boolean more, String restPath, String type, String nation, String councils,
            int start,
            int pageSize, long total, String onlineText, String onlineHref, List<Views.Option> texts) {
    }

    /** The view with no pager (one page holds every row: tests and the one-area view). */
    public static HeatMapView of(String id, HeatMap map, DisplayText text, String filterNote, boolean serverDrawn) {
        return of(id, map, text, filterNote, serverDrawn, "");
    }

    /**
     * The view; {@code serverDrawn} lays out the SVG too (static output: pdf, word, e-mail), and {@code onlineHref}
     * is where the whole map is online for an export that shows only its first page.
     */
    public static HeatMapView of(String id, HeatMap map, DisplayText text, String filterNote, boolean serverDrawn,
            String onlineHref) {
        List<ServiceArea> areas = ServiceArea.inOrderFor(map.areas(), text.welsh());
        List<Header> headers = new ArrayList<>();
        for (int i = 0; serverDrawn && i < areas.size(); i++) {
            headers.add(new Header(shorten(areas.get(i).nameFor(text.welsh())), LABEL_WIDTH + i * CELL + CELL / 2,
                    HEADER - 6));
        }
        Map<MaturityLevel, String> names = new EnumMap<>(MaturityLevel.class);
        for (MaturityLevel level : MaturityLevel.values()) {
            names.put(level, level.number() + " " + text.text(level.nameKey()));
        }
        List<Row> rows = new ArrayList<>();
        List<TableRow> table = new ArrayList<>();
        int y = HEADER;
        for (HeatMap.Row row : map.rows()) {
            List<Cell> cells = new ArrayList<>();
            List<String> levels = new ArrayList<>(areas.size());
            for (int i = 0; i < areas.size(); i++) {
                MaturityLevel level = row.levels().get(areas.get(i).code());
                if (serverDrawn) {
                    LevelColours colours = LevelColours.of(level);
                    cells.add(new Cell(LABEL_WIDTH + i * CELL + 1, colours.fill(), colours.text(),
                            level == null ? NOT_ASSESSED : String.valueOf(level.number())));
                }
                levels.add(level == null ? NOT_ASSESSED : names.get(level));
            }
            if (serverDrawn) {
                rows.add(new Row(shorten(row.council().name()), LABEL_WIDTH - 8, y, cells));
            }
            table.add(new TableRow(row.council().name(), levels));
            y += ROW;
        }
        return new HeatMapView(id, text.text("connected-councils.maturity.map.title"), filterNote, serverDrawn,
                LABEL_WIDTH + Math.max(1, areas.size()) * CELL + HEADER_OVERHANG, y + 4, headers, rows, legend(text),
                new LegendItem(NOT_ASSESSED, "", LevelColours.NONE.fill(), LevelColours.NONE.text()),
                areas.stream().map(a -> new Views.Option(a.code(), a.nameFor(text.welsh()))).toList(), table,
                paging(map, text, onlineHref));
    }

    static Paging paging(HeatMap map, DisplayText text, String onlineHref) {
        long first = map.rows().isEmpty() ? 0 : map.start() + 1L;
        // the line says whether the map lists the councils that have assessed (the default) or every council
        String showingKey = map.filter().includesUnassessed() ? P + "showing" : P + "showing.assessed";
        String showing = text.text(showingKey, DisplayText.number(first),
                DisplayText.number(map.start() + (long) map.rows().size()), DisplayText.number(map.total()));
        List<Views.Option> texts = new ArrayList<>();
        for (String name : List.of("showing", "loading", "error")) {
            texts.add(new Views.Option(name, text.text("showing".equals(name) ? showingKey : P + name)));
        }
        boolean more = map.start() > 0 || map.hasNext();
        return new Paging(showing, more, REST_PATH, map.filter().type() == null ? "" : map.filter().type().code(),
                map.filter().nation() == null ? "" : map.filter().nation().code(), map.filter().councils().code(),
                map.start(), map.limit(),
                map.total(), text.text(onlineHref.isEmpty() ? P + "online.unknown" : P + "online"), onlineHref,
                texts);
    }

    static List<LegendItem> legend(DisplayText text) {
        List<LegendItem> legend = new ArrayList<>();
        for (MaturityLevel level : MaturityLevel.values()) {
            LevelColours colours = LevelColours.of(level);
            legend.add(new LegendItem(String.valueOf(level.number()), text.text(level.nameKey()), colours.fill(),
                    colours.text()));
        }
        return legend;
    }

    static String shorten(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "\u2026";
    }
}
