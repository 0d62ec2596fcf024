package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.maturity.view.CommitmentLine;
import org.connectedcouncils.maturity.view.LevelWords;

/**
 * What {@code cc-leaders} shows: per service area, the councils offering to lead with their level there; then the
 * councils' commitments, newest recorded first.
 */
public record LeadersView(String id, String title, List<Area> areas, List<String> notes,
        List<CommitmentLine> commitments, List<String> commitmentNotes) {

    /** Whether any commitment is listed (the table shows only then). */
    public boolean hasCommitments() {
        return !commitments.isEmpty();
    }

    /** The same view with a page of commitments across councils (a note when there are more, or none). */
    public LeadersView withCommitments(Page<ListedCommitment> page, SolutionPages pages, DisplayText text) {
        List<String> shown = page.total() == 0 ? List.of(text.text(CommitmentLine.PREFIX + "noneAcross"))
                : page.hasNext() ? List.of(text.text(CommitmentLine.PREFIX + "capped",
                        DisplayText.number(page.items().size()), DisplayText.number(page.total()))) : List.of();
        return new LeadersView(id, title, areas, notes,
                page.items().stream().map(l -> CommitmentLine.of(l, pages, text)).toList(), shown);
    }

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
        List<Leader> ordered = leaders.stream().sorted(Leader.orderFor(text.welsh())).toList();
        for (Leader leader : ordered.subList(0, Math.min(limit, ordered.size()))) {
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
                .map(a -> new Area(a.code(), a.name(), List.copyOf(a.rows()))).toList(), notes, List.of(), List.of());
    }
}
