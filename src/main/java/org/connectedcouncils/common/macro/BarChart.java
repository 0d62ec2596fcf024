package org.connectedcouncils.common.macro;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server as SVG coordinates, so it shows in exports without script. Bars
 * are filled with the text colour unless the page's styles say otherwise, which keeps it readable in any theme.
 */
public record BarChart(String id, String title, int width, int height, List<Bar> bars) {

    static final int WIDTH = 560;
    static final int LABEL_WIDTH = 200;
    static final int BAR_SPACE = 300;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;
    static final int LABEL_MAX = 30;

    /** One bar with its label and value text, positioned in the chart's coordinate space. */
    public record Bar(String label, String value, int labelX, int textY, int barX, int barY, int barWidth,
            int barHeight, int valueX) {
    }

    /** A labelled value to chart. */
    public record Item(String label, long value) {
    }

    public static BarChart of(String id, String title, List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Item item : items) {
            int width = max == 0 ? 0 : (int) Math.max(item.value() > 0 ? 2 : 0, item.value() * BAR_SPACE / max);
            bars.add(new Bar(shorten(item.label()), DisplayText.number(item.value()), LABEL_WIDTH - 8,
                    y + ROW / 2 + 5, LABEL_WIDTH, y + (ROW - BAR_HEIGHT) / 2, width, BAR_HEIGHT,
                    LABEL_WIDTH + width + 6));
            y += ROW;
        }
        return new BarChart(id, title, WIDTH, Math.max(y, ROW), bars);
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "\u2026";
    }
}
