package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.macro.DisplayText;
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
        List<Header> headers, List<Row> rows, List<LegendItem> legend, LegendItem none, List<String> areaNames,
        List<TableRow> table) {

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

    /** The view; {@code serverDrawn} lays out the SVG too (static output: pdf, word, e-mail). */
    public static HeatMapView of(String id, HeatMap map, DisplayText text, String filterNote, boolean serverDrawn) {
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
                areas.stream().map(a -> a.nameFor(text.welsh())).toList(), table);
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
