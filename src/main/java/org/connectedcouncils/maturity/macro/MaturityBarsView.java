package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.view.LevelColours;

/**
 * One bar per row (a council's service areas, or one area's councils) drawn as SVG on the server, each beside a
 * marker for the comparison median, with the same figures as a table. Bars carry their level number as text.
 */
public record MaturityBarsView(String id, String title, String subtitle, int width, int height, List<Bar> bars,
        List<HeatMapView.LegendItem> legend, String labelHeading, String levelHeading, String medianHeading,
        List<TableRow> table, List<String> detailsHeading, List<AssessmentView> details) {

    static final int LABEL_WIDTH = 220;
    static final int STEP = 60;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int WIDTH = LABEL_WIDTH + 5 * STEP + 190;
    static final String NOT_ASSESSED = "connected-councils.maturity.notAssessed";

    /** A bar (zero width when not assessed) and the median marker (stroke none when there is no median). */
    public record Bar(String label, int labelX, int textY, int barX, int barY, int barWidth, int barHeight,
            String fill, String textFill, String number, int numberX, int medianX, int medianTop, int medianBottom,
            String medianStroke, String value, int valueX) {
    }

    /** A row of the table: label, level and median as text. */
    public record TableRow(String label, String level, String median) {
    }

    /** What a row of the picture is made of: a label, a level (or null) and a median (or null). */
    record Item(String label, MaturityLevel level, Double median) {
    }

    static MaturityBarsView of(String id, String title, String subtitle, String labelHeading, List<Item> items,
            List<AssessmentView> details, DisplayText text) {
        List<Bar> bars = new ArrayList<>();
        List<TableRow> table = new ArrayList<>();
        int y = 0;
        for (Item item : items) {
            LevelColours colours = LevelColours.of(item.level());
            int width = item.level() == null ? 0 : item.level().number() * STEP;
            String level = item.level() == null ? text.text(NOT_ASSESSED)
                    : item.level().number() + " " + text.text(item.level().nameKey());
            String median = item.median() == null ? HeatMapView.NOT_ASSESSED : median(item.median());
            int medianX = item.median() == null ? 0 : LABEL_WIDTH + (int) Math.round(item.median() * STEP);
            String value = item.level() == null && item.median() == null ? text.text(NOT_ASSESSED)
                    : item.level() == null ? text.text("connected-councils.maturity.bar.onlyMedian", median)
                    : item.median() == null ? text.text("connected-councils.maturity.bar.level", item.level().number())
                    : text.text("connected-councils.maturity.bar.value", item.level().number(), median);
            bars.add(new Bar(HeatMapView.shorten(item.label()), LABEL_WIDTH - 8, y + ROW / 2 + 5, LABEL_WIDTH,
                    y + (ROW - BAR) / 2, width, BAR, colours.fill(), colours.text(),
                    item.level() == null ? "" : String.valueOf(item.level().number()), LABEL_WIDTH + 8,
                    medianX, y + 2, y + ROW - 2, item.median() == null ? "none" : "#172b4d", value,
                    LABEL_WIDTH + 5 * STEP + 10));
            table.add(new TableRow(item.label(), level, median));
            y += ROW;
        }
        return new MaturityBarsView(id, title, subtitle, WIDTH, Math.max(y, ROW), bars, HeatMapView.legend(text),
                labelHeading, text.text("connected-councils.maturity.level"),
                text.text("connected-councils.maturity.median"), table,
                details.isEmpty() ? List.of() : List.of(text.text("connected-councils.maturity.assessments")),
                details);
    }

    /** A median as "3" or "2.5". */
    static String median(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }
}
