package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.BarChart;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedcouncils.council.view.CouncilMap;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.service.RegisterQueries.RegisterFigures;

/**
 * What the adoption-figures template shows: headline figures, two tables and their bar charts, and a map of the
 * adopting councils (none when no council declared an adoption of the filter's entries).
 */
public record AdoptionFiguresView(
        List<Views.Fact> headline,
        List<Views.Fact> byPhase,
        List<Views.Fact> byServiceArea,
        List<String> areaNotes,
        List<BarChart> charts,
        List<CouncilMap> maps) {

    static final String PREFIX = "connected-councils.figures.";
    /** Areas charted and listed; the taxonomy is small, but a chart of fifty bars reads badly. */
    static final int AREAS_SHOWN = 15;

    public static AdoptionFiguresView of(String id, RegisterFigures report, RegisterText text) {
        AdoptionFigures f = report.figures();
        List<Views.Fact> headline = new ArrayList<>();
        headline.add(new Views.Fact(text.text(PREFIX + "solutions"), DisplayText.number(f.solutions())));
        headline.add(new Views.Fact(text.text(PREFIX + "reused"), text.text(PREFIX + "reusedValue",
                DisplayText.number(f.reused()), DisplayText.percent(f.reusedShare()))));
        headline.add(new Views.Fact(text.text(PREFIX + "adoptions"), text.text(PREFIX + "adoptionsValue",
                DisplayText.number(f.adoptions().using()), DisplayText.number(f.adoptions().evaluating()),
                DisplayText.number(f.adoptions().stopped()))));
        headline.add(new Views.Fact(text.text(PREFIX + "lapsed"), DisplayText.number(f.adoptions().lapsed())));
        if (f.annualSavings().isEmpty()) {
            headline.add(new Views.Fact(text.text(PREFIX + "savings"), text.text(PREFIX + "noSavings")));
        }
        f.annualSavings().forEach((currency, amount) -> headline.add(
                new Views.Fact(text.text(PREFIX + "savings"), DisplayText.money(amount, currency))));
        f.adopterSavings().forEach((currency, amount) -> headline.add(
                new Views.Fact(text.text(PREFIX + "adopterSavings"), DisplayText.money(amount, currency))));

        List<BarChart.Item> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(new BarChart.Item(text.phase(phase), f.byPhase().getOrDefault(phase, 0L)));
        }
        Map<String, String> names = report.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, a -> a.nameFor(text.welsh()), (a, b) -> a));
        List<BarChart.Item> areas = f.byServiceArea().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> names.getOrDefault(e.getKey(), e.getKey())))
                .map(e -> new BarChart.Item(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
        List<BarChart.Item> shownAreas = areas.subList(0, Math.min(AREAS_SHOWN, areas.size()));
        List<String> notes = areas.size() > AREAS_SHOWN
                ? List.of(text.text("connected-councils.register.table.capped", DisplayText.number(AREAS_SHOWN),
                        DisplayText.number(areas.size())))
                : List.of();
        List<BarChart> charts = new ArrayList<>();
        charts.add(BarChart.of(id + "-phase", text.text(PREFIX + "chart.phase"), phases));
        charts.add(BarChart.of(id + "-area", text.text(PREFIX + "chart.serviceArea"), shownAreas));
        List<CouncilMap> maps = report.adopters().isEmpty() ? List.of()
                : List.of(AdoptionMaps.figures(id, report.adopters(), report.councils(), text));
        return new AdoptionFiguresView(headline, facts(phases), facts(shownAreas), notes, charts, maps);
    }

    private static List<Views.Fact> facts(List<BarChart.Item> items) {
        return items.stream().map(i -> new Views.Fact(i.label(), DisplayText.number(i.value()))).toList();
    }
}
