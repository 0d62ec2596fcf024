package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.ImpactGroup;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactLine;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.maturity.domain.ImpactTotal;

/**
 * The impact roll-up laid out on the server: an SVG bar per group and currency (reuse savings, the amount printed
 * beside each bar, bars scaled within their currency only), a table of every figure with how it was computed beside
 * it, and the entries behind each group with their citizen outcomes.
 */
public record ImpactView(String id, String title, String note, String method, int width, int height,
        List<Bar> bars, String tableCaption, String groupHeading, List<String> columns, List<TableRow> table,
        List<Details> details) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int VALUE_SPACE = 260;
    static final String FILL = "#0052cc";
    private static final String K = "connected-councils.impact.";

    /** A bar: its label at the left, the bar, and its amount in words at its end. */
    public record Bar(String label, int labelX, int textY, int barX, int barY, int barWidth, int barHeight,
            String fill, String value, int valueX) {
    }

    /** A figure and, beside it, how it was computed. */
    public record Figure(String amount, String basis) {
    }

    /** One group in one currency: name, currency, then the figures in column order. */
    public record TableRow(String group, String currency, List<Figure> figures) {
    }

    /** One group's entries behind the figures, with a note (or none) when not all are shown. */
    public record Details(String heading, List<String> more, List<Entry> entries) {
    }

    /** One entry: name and key, its figures in words (how its reuse saving was computed first), outcomes. */
    public record Entry(String name, String key, List<String> figures, String outcomes) {
    }

    static ImpactView of(String id, ImpactRollup rollup, String note, Function<String, String> councilNames,
            DisplayText text) {
        boolean byCouncil = rollup.filter().by() == ImpactGrouping.COUNCIL;
        Map<String, Long> maxima = new TreeMap<>();
        rollup.groups().forEach(g -> g.totals().forEach(t -> maxima.merge(t.currency(), t.reuse(), Math::max)));
        List<Bar> bars = new ArrayList<>();
        List<TableRow> table = new ArrayList<>();
        List<Details> details = new ArrayList<>();
        int y = 0;
        List<ImpactGroup> groups = rollup.groups().stream().sorted(ImpactGroup.byNameFor(text.welsh())).toList();
        for (ImpactGroup group : groups) {
            for (ImpactTotal total : group.totals()) {
                long max = maxima.getOrDefault(total.currency(), 0L);
                int width = max == 0 ? 0 : (int) Math.round((double) total.reuse() * BAR_SPACE / max);
                bars.add(new Bar(HeatMapView.shorten(group.nameFor(text.welsh())) + " (" + total.currency() + ")",
                        LABEL_WIDTH - 8, y + ROW / 2 + 5, LABEL_WIDTH, y + (ROW - BAR) / 2, width, BAR, FILL,
                        text.text(K + "chart.value", money(total.reuse(), total.currency())),
                        LABEL_WIDTH + width + 8));
                y += ROW;
                table.add(new TableRow(group.nameFor(text.welsh()), total.currency(), figures(group, total, text)));
            }
            details.add(details(group, councilNames, text));
        }
        String title = text.text(K + (byCouncil ? "title.council" : "title.area"));
        List<String> columns = List.of(text.text(K + "col.declared"), text.text(K + "col.reuse"),
                text.text(K + "col.reported"), text.text(K + "col.oneOff"), text.text(K + "col.running"),
                text.text(K + "col.reusing"));
        return new ImpactView(id, title, note, text.text(K + "method"), LABEL_WIDTH + BAR_SPACE + VALUE_SPACE,
                Math.max(y, ROW), bars, text.text(K + "table.caption"),
                text.text(K + (byCouncil ? "col.council" : "col.area")), columns, table, details);
    }

    private static List<Figure> figures(ImpactGroup group, ImpactTotal t, DisplayText text) {
        String c = t.currency();
        return List.of(
                new Figure(money(t.declared(), c), text.text(K + "basis.declared", t.declaredEntries())),
                new Figure(money(t.reuse(), c), text.text(K + "basis.reuse", t.reuseAdoptions())),
                new Figure(money(t.reported(), c), text.text(K + "basis.reported", t.reports())),
                new Figure(money(t.oneOff(), c), text.text(K + "basis.entries", t.oneOffEntries())),
                new Figure(money(t.running(), c), text.text(K + "basis.entries", t.runningEntries())),
                new Figure(String.valueOf(group.councilsReusing()), text.text(K + "basis.reusing")));
    }

    private static Details details(ImpactGroup group, Function<String, String> councilNames, DisplayText text) {
        List<Entry> entries = new ArrayList<>();
        for (ImpactLine line : group.lines()) {
            String reuse = line.annualSaving() == null || line.currency() == null ? text.text(K + "line.noSaving")
                    : text.text(K + "line.reuse", money(line.annualSaving(), line.currency()), line.adopters().size(),
                            money(line.reuseSaving(), line.currency()), String.join(", ",
                                    line.adopters().stream().map(a -> councilNames.apply(a.value())).toList()));
            List<String> figures = new ArrayList<>(List.of(reuse));
            if (line.currency() != null) {
                figures.add(text.text(K + "line.costs", amount(line.oneOffCost(), line.currency()),
                        amount(line.runningCost(), line.currency())));
            }
            if (!line.reported().isEmpty()) {
                figures.add(text.text(K + "line.reported", String.join(", ", line.reported().stream()
                        .map(m -> DisplayText.money(m.minorUnits(), m.currency())).toList())));
            }
            String outcomes = line.outcomes() == null || line.outcomes().isBlank() ? text.text(K + "line.noOutcomes")
                    : line.outcomes();
            entries.add(new Entry(line.name(), line.key().toString(), figures, outcomes));
        }
        List<String> more = group.entries() > group.lines().size()
                ? List.of(text.text(K + "entries.more", group.lines().size(), group.entries())) : List.of();
        return new Details(text.text(K + "entries.heading", group.nameFor(text.welsh())), more, entries);
    }

    /** An optional amount, or a dash. */
    private static String amount(Long minorUnits, String currency) {
        return minorUnits == null ? HeatMapView.NOT_ASSESSED : money(minorUnits, currency);
    }

    private static String money(Long minorUnits, String currency) {
        return DisplayText.money(minorUnits == null ? 0 : minorUnits, currency);
    }
}
