package org.connectedcouncils.profile.macro;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.CouncilMaturity;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.view.LevelColours;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * The council profile's maturity section: a compact bar per active service area (its current level, number printed
 * on the bar) beside a tick at the median of councils of the same type, drawn as SVG on the server, and a table
 * saying the same in words. The assessments themselves, with evidence and reviews, are the {@code cc-maturity}
 * macro's.
 */
public record CouncilMaturityPanel(String id, String title, String subtitle, int width, int height, List<Bar> bars,
        List<Row> table, List<String> notes) {

    static final String PREFIX = "connected-councils.council.maturity.";
    static final int LABEL = 200;
    static final int STEP = 40;
    static final int ROW = 22;
    static final int BAR = 14;

    /** One area's bar (zero width when not assessed) and median tick (stroke none when no median). */
    public record Bar(String label, int textY, int barY, int barWidth, String fill, String textFill, String number,
            int medianX, String medianStroke, int tickTop, int tickBottom) {
    }

    /** A row of the table: area, level and median in words. */
    public record Row(String area, String level, String median) {
    }

    static CouncilMaturityPanel of(String id, CouncilMaturity maturity, DisplayText text) {
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int y = 0;
        Comparator<CouncilMaturity.Bar> order = Comparator.comparing(CouncilMaturity.Bar::area,
                ServiceArea.byNameFor(text.welsh()));
        for (CouncilMaturity.Bar b : maturity.bars().stream().sorted(order).toList()) {
            MaturityLevel level = b.current() == null ? null : b.current().assessment().level();
            String area = b.area().nameFor(text.welsh());
            LevelColours colours = LevelColours.of(level);
            Double median = b.typeMedian();
            bars.add(new Bar(area, y + ROW / 2 + 4, y + (ROW - BAR) / 2,
                    level == null ? 0 : level.number() * STEP, colours.fill(), colours.text(),
                    level == null ? "" : String.valueOf(level.number()),
                    median == null ? 0 : LABEL + (int) Math.round(median * STEP),
                    median == null ? "none" : "#172b4d", y + 1, y + ROW - 1));
            rows.add(new Row(area, level == null ? text.text(PREFIX + "notAssessed")
                    : level.number() + " " + text.text(level.nameKey()),
                    median == null ? text.text(PREFIX + "noMedian") : median(median)));
            y += ROW;
        }
        String type = text.text("connected-councils.admin.councilType." + maturity.council().type().code());
        return new CouncilMaturityPanel(id, text.text(PREFIX + "title"), text.text(PREFIX + "subtitle", type),
                LABEL + 5 * STEP + 20, Math.max(y, ROW), bars, rows,
                maturity.assessedAny() ? List.of() : List.of(text.text(PREFIX + "none")));
    }

    /** A median as "3" or "2.5". */
    private static String median(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }
}
