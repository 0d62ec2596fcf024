package org.connectedcouncils.workinggroup.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.PortfolioTable;

/**
 * What the {@code cc-portfolio} template shows: counts by RAG, the filter in words, and one row per group or
 * register entry with its newest report. Rows carry sort values so the script can re-order them on screen.
 */
public record PortfolioView(
        String id,
        List<Views.Fact> filters,
        List<Count> counts,
        List<Column> columns,
        List<Row> rows,
        List<String> notes) {

    /** How many subjects of the filter are at one RAG rating. */
    public record Count(Views.Span rag, String count) {
    }

    /** A sortable column header: the sort code the script uses and its label. */
    public record Column(String sort, String label) {
    }

    /**
     * One subject. The name is a link ({@code links}) to a register entry's page or a group's project page, and plain
     * text ({@code texts}) for a group without one; exactly one of the two lists holds it.
     */
    public record Row(String key, List<Views.Link> links, List<String> texts, String kind, String council,
            String model, Views.Span rag, String reported, String summary, String ragRank, String reportedSort) {
    }

    public static PortfolioView of(String id, PortfolioQuery query, PortfolioTable table, SolutionPages pages,
            DisplayText text) {
        String p = GroupViews.MACRO + "portfolio.";
        List<Views.Fact> filters = new ArrayList<>();
        if (query.council() != null) {
            filters.add(new Views.Fact(text.text(p + "council"), GroupViews.councilName(query.council(),
                    table.councils())));
        }
        if (query.serviceArea() != null) {
            Map<String, String> areas = table.serviceAreas().stream()
                    .collect(Collectors.toMap(ServiceArea::code, a -> a.nameFor(text.welsh()), (a, b) -> a));
            filters.add(new Views.Fact(text.text(p + "serviceArea"), areas.getOrDefault(query.serviceArea(),
                    query.serviceArea())));
        }
        if (query.rag() != null) {
            filters.add(new Views.Fact(text.text(p + "rag"), text.text(GroupViews.PREFIX + "rag."
                    + query.rag().code())));
        }
        if (query.model() != null) {
            filters.add(new Views.Fact(text.text(p + "model"), GroupViews.model(query.model(), text)));
        }
        List<Count> counts = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            counts.add(new Count(GroupViews.rag(rag, text),
                    DisplayText.number(table.portfolio().ragCounts().get(rag))));
        }
        List<Column> columns = List.of(
                new Column("name", text.text(p + "column.name")),
                new Column("", text.text(p + "column.kind")),
                new Column("", text.text(p + "column.council")),
                new Column("", text.text(p + "column.model")),
                new Column("rag", text.text(p + "column.rag")),
                new Column("reported", text.text(p + "column.reported")),
                new Column("", text.text(p + "column.summary")));
        List<Row> rows = table.portfolio().page().items().stream().map(i -> row(i, table, pages, text)).toList();
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty()) {
            notes.add(text.text(p + "empty"));
        } else if (table.portfolio().page().hasNext()) {
            notes.add(text.text(GroupViews.MACRO + "capped", DisplayText.number(rows.size()),
                    DisplayText.number(table.portfolio().page().total())));
        }
        return new PortfolioView(id, filters, counts, columns, rows, notes);
    }

    private static Row row(PortfolioItem item, PortfolioTable table, SolutionPages pages, DisplayText text) {
        StatusReport latest = item.latest();
        String p = GroupViews.MACRO + "portfolio.kind.";
        String name = item.name() == null ? item.subject().toString() : item.name();
        boolean group = item.subject().isGroup();
        String href = !group ? pages.href(item.subject().solutionKey().toString())
                : item.projectPageId() == null ? null
                : GroupPages.of(pages).prefix() + GroupPages.PATH + item.projectPageId();
        List<Views.Link> links = href == null ? List.of() : List.of(new Views.Link(name, href));
        List<String> texts = href == null ? List.of(name) : List.of();
        GroupViews.Report report = GroupViews.report(latest, text);
        String date = latest.content().reportDate() == null ? "" : latest.content().reportDate().toString();
        return new Row(item.subject().toString(), links, texts, text.text(p + (group ? "group" : "solution")),
                GroupViews.councilName(item.council(), table.councils()), GroupViews.model(item.model(), text),
                report.rag(), report.date(), report.summary(), String.valueOf(latest.content().rag().rank()), date);
    }
}
