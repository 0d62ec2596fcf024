package org.connectedcouncils.register.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;

/**
 * The rows of a page of the register table as text spans, one cell per column (the name linked to the entry's own
 * page, with the "not confirmed" lozenge of an entry that is due): the one rendering of a row, for the first page
 * in the macro and for later pages fetched by the script alike.
 */
public final class RegisterRows {

    /** One row of the table: the entry key and one cell per column. */
    public record Row(String key, List<Cell> cells) {
    }

    /** One cell: the column it belongs to, the links it starts with (the name cell's one) and the text spans. */
    public record Cell(String column, List<Views.Link> links, List<Views.Span> spans) {
    }

    private RegisterRows() {
    }

    public static List<Row> of(List<RegisterColumn> columns, RegisterTable table, SolutionPages pages,
            RegisterText text) {
        Map<String, String> areaNames = table.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, a -> a.nameFor(text.welsh()), (a, b) -> a));
        return table.page().items().stream()
                .map(s -> new Row(s.key().toString(), columns.stream()
                        .map(c -> new Cell(c.code(), links(c, s, pages), spans(c, s, table, areaNames, text)))
                        .toList()))
                .toList();
    }

    /** The council's name, or its code when the directory does not know it. */
    public static String councilName(CouncilCode code, Map<CouncilCode, Council> councils) {
        Council council = councils.get(code);
        return council == null ? code.value() : council.name();
    }

    private static List<Views.Link> links(RegisterColumn column, Solution s, SolutionPages pages) {
        return column == RegisterColumn.NAME ? List.of(new Views.Link(s.content().name(), pages.href(s.key().toString())))
                : List.of();
    }

    private static List<Views.Span> spans(RegisterColumn column, Solution s, RegisterTable table,
            Map<String, String> areaNames, RegisterText text) {
        SolutionContent c = s.content();
        Map<CouncilCode, Council> councils = table.councils();
        return switch (column) {
            case KEY -> List.of(new Views.Span(s.key().toString(), "cc-key"));
            case NAME -> nameSpans(s, table, text);
            case SUMMARY -> List.of(new Views.Span(c.summary(), "cc-summary"));
            case PHASE -> List.of(text.phaseLozenge(c.phase()));
            case KIND -> List.of(new Views.Span(text.kind(c.kind()), "cc-kind"));
            case OWNER -> List.of(new Views.Span(councilName(c.ownerCouncil(), councils), "cc-owner"));
            case SERVICE_AREAS -> c.serviceAreas().stream()
                    .map(a -> new Views.Span(areaNames.getOrDefault(a, a), "cc-tag")).toList();
            case OFFERS -> c.sortedOffers().stream().map(o -> new Views.Span(text.offer(o), "cc-tag")).toList();
            case ADOPTIONS -> List.of(new Views.Span(text.text("connected-councils.register.table.using",
                    DisplayText.number(s.adoptions().using())), "cc-adoptions"));
            case UPDATED -> List.of(new Views.Span(text.date(s.updated()), "cc-date"));
            default -> throw new IllegalArgumentException("Not a table column: " + column);
        };
    }

    /** The key after the name, then the "not confirmed" lozenge when the entry is due. */
    private static List<Views.Span> nameSpans(Solution s, RegisterTable table, RegisterText text) {
        List<Views.Span> spans = new ArrayList<>();
        spans.add(new Views.Span(s.key().toString(), "cc-key"));
        spans.addAll(text.confirmationDue(table.confirmation(), s));
        return spans;
    }
}
