package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.view.LevelWords;

/** What {@code cc-leaders} shows: per service area, the councils offering to lead with their level there. */
public record LeadersView(String id, String title, List<Area> areas, List<String> notes) {

    /** One service area and the councils offering to lead in it, by name. */
    public record Area(String code, String name, List<Row> rows) {
    }

    /** A council offering to lead: its name and code, and its current level in the area in words. */
    public record Row(String council, String code, String level) {
    }

    /** At most {@code limit} of {@code leaders} (sorted by area, then council), grouped by area. */
    public static LeadersView of(String id, List<Leader> leaders, int limit, DisplayText text) {
        List<Area> areas = new ArrayList<>();
        List<Row> rows = null;
        String current = null;
        for (Leader leader : leaders.subList(0, Math.min(limit, leaders.size()))) {
            if (!leader.areaCode().equals(current)) {
                current = leader.areaCode();
                rows = new ArrayList<>();
                areas.add(new Area(current, leader.areaNameFor(text.welsh()), rows));
            }
            rows.add(new Row(leader.councilName(), leader.council().value(), LevelWords.of(leader.level(), text)));
        }
        List<String> notes = leaders.size() > limit ? List.of(text.text(LeadersMacro.K + "capped",
                DisplayText.number(limit), DisplayText.number(leaders.size()))) : List.of();
        return new LeadersView(id, text.text(LeadersMacro.K + "title"), areas.stream()
                .map(a -> new Area(a.code(), a.name(), List.copyOf(a.rows()))).toList(), notes);
    }
}
