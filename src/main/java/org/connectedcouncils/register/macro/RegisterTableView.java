package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionSort;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;

/**
 * What the register table templates show: the filter form (interactive only), the column headers, the rows of the
 * first page as text spans (the name linked to the entry's own page), the paging status and, in exports, a note
 * when more entries match than are shown.
 */
public record RegisterTableView(
        String id,
        String restPath,
        String entryUrl,
        String council,
        String columnCodes,
        int pageSize,
        long total,
        List<Views.Filter> filters,
        Views.Filter sort,
        List<Column> columns,
        List<Row> rows,
        String status,
        List<String> notes,
        Views.Message empty,
        List<Views.Option> scriptTexts) {

    public static final String REST_PATH = "/rest/connected-councils/1.0/solutions";

    static final String SHOWING = "connected-councils.register.table.showing";
    static final String SHOWING_CAPPED = "connected-councils.register.table.capped";
    static final String EMPTY_TITLE = "connected-councils.register.empty.title";
    static final String EMPTY_FILTERED = "connected-councils.register.empty.filtered";
    static final String EMPTY_REGISTER_TITLE = "connected-councils.register.empty.none.title";
    static final String EMPTY_REGISTER = "connected-councils.register.empty.none";

    /** One column header: its code, label and the sort field it offers (blank when not sortable). */
    public record Column(String code, String label, String sortField, String ariaSort) {
    }

    /** One row of the table: the entry key and one cell per column. */
    public record Row(String key, List<Cell> cells) {
    }

    /** One cell: the column it belongs to, the links it starts with (the name cell's one) and the text spans. */
    public record Cell(String column, List<Views.Link> links, List<Views.Span> spans) {
    }

    public static RegisterTableView of(String id, RegisterTableRequest request, RegisterTable table, OutputMode mode,
            SolutionPages pages, DisplayText text) {
        Page<Solution> page = table.page();
        Map<String, String> areaNames = table.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, ServiceArea::name, (a, b) -> a));
        List<Column> columns = request.columns().stream().map(c -> column(c, request.sort(), text)).toList();
        List<Row> rows = page.items().stream()
                .map(s -> new Row(s.key().toString(), request.columns().stream()
                        .map(c -> new Cell(c.code(), links(c, s, pages),
                                spans(c, s, table, areaNames, text))).toList()))
                .toList();
        long shown = page.items().size();
        String status = text.text(SHOWING, DisplayText.number(shown), DisplayText.number(page.total()));
        List<String> notes = !mode.isInteractive() && page.hasNext()
                ? List.of(text.text(SHOWING_CAPPED, DisplayText.number(shown), DisplayText.number(page.total())))
                : List.of();
        Views.Message empty = request.hasFilters()
                ? new Views.Message("info", text.text(EMPTY_TITLE), text.text(EMPTY_FILTERED))
                : new Views.Message("info", text.text(EMPTY_REGISTER_TITLE), text.text(EMPTY_REGISTER));
        return new RegisterTableView(id, REST_PATH, pages.pattern(),
                request.council() == null ? "" : request.council().value(),
                request.columns().stream().map(RegisterColumn::code).collect(Collectors.joining(",")),
                request.pageSize(), page.total(), filters(request, table.serviceAreas(), text),
                sortFilter(request, text), columns, rows, status, notes, empty,
                scriptTexts(text, table.confirmation()));
    }

    private static Column column(RegisterColumn c, SolutionSort sort, DisplayText text) {
        String sortField = c.sortField() == null ? "" : c.sortField().code();
        String aria = c.sortField() == null || c.sortField() != sort.field() ? "none"
                : sort.descending() ? "descending" : "ascending";
        return new Column(c.code(), text.text(c.labelKey()), sortField, aria);
    }

    private static List<Views.Link> links(RegisterColumn column, Solution s, SolutionPages pages) {
        return column == RegisterColumn.NAME ? List.of(new Views.Link(s.content().name(), pages.href(s.key())))
                : List.of();
    }

    private static List<Views.Span> spans(RegisterColumn column, Solution s, RegisterTable table,
            Map<String, String> areaNames, DisplayText text) {
        SolutionContent c = s.content();
        Map<CouncilCode, Council> councils = table.councils();
        return switch (column) {
            case KEY -> List.of(new Views.Span(s.key().toString(), "cc-key"));
            case NAME -> nameSpans(s, table, text);
            case SUMMARY -> List.of(new Views.Span(c.summary(), "cc-summary"));
            case PHASE -> List.of(new Views.Span(text.phase(c.phase()), DisplayText.lozenge(c.phase())));
            case KIND -> List.of(new Views.Span(text.kind(c.kind()), "cc-kind"));
            case OWNER -> List.of(new Views.Span(councilName(c.ownerCouncil(), councils), "cc-owner"));
            case SERVICE_AREAS -> c.serviceAreas().stream()
                    .map(a -> new Views.Span(areaNames.getOrDefault(a, a), "cc-tag")).toList();
            case OFFERS -> c.sortedOffers().stream().map(o -> new Views.Span(text.offer(o), "cc-tag")).toList();
            case ADOPTIONS -> List.of(new Views.Span(text.text("connected-councils.register.table.using",
                    DisplayText.number(s.adoptions().using())), "cc-adoptions"));
            case UPDATED -> List.of(new Views.Span(DisplayText.date(s.updated()), "cc-date"));
            default -> throw new IllegalArgumentException("Not a table column: " + column);
        };
    }

    /** The key after the name, then the "not confirmed" lozenge when the entry is due. */
    private static List<Views.Span> nameSpans(Solution s, RegisterTable table, DisplayText text) {
        List<Views.Span> spans = new ArrayList<>();
        spans.add(new Views.Span(s.key().toString(), "cc-key"));
        spans.addAll(text.confirmationDue(table.confirmation(), s));
        return spans;
    }

    static String councilName(CouncilCode code, Map<CouncilCode, Council> councils) {
        Council council = councils.get(code);
        return council == null ? code.value() : council.name();
    }

    private static List<Views.Filter> filters(RegisterTableRequest request, List<ServiceArea> areas,
            DisplayText text) {
        List<Views.Filter> filters = new ArrayList<>();
        String any = text.text("connected-councils.register.filter.any");
        filters.add(new Views.Filter("phase", text.text("connected-councils.register.filter.phase"), any,
                options(Phase.values(), text::phase), codes(request.phases())));
        filters.add(new Views.Filter("serviceArea", text.text("connected-councils.register.filter.serviceArea"), any,
                areas.stream().filter(a -> !a.retired()).map(a -> new Views.Option(a.code(), a.name())).toList(),
                request.serviceArea() == null ? "" : request.serviceArea()));
        filters.add(new Views.Filter("kind", text.text("connected-councils.register.filter.kind"), any,
                options(SolutionKind.values(), text::kind), codes(request.kinds())));
        filters.add(new Views.Filter("offer", text.text("connected-councils.register.filter.offer"), any,
                options(CollaborationOffer.values(), text::offer),
                request.offer() == null ? "" : request.offer().code()));
        return filters;
    }

    private static Views.Filter sortFilter(RegisterTableRequest request, DisplayText text) {
        List<Views.Option> options = new ArrayList<>();
        for (SolutionSort.Field field : SolutionSort.Field.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                SolutionSort sort = new SolutionSort(field, descending);
                options.add(new Views.Option(sort.toString(), text.text("connected-councils.register.sort."
                        + field.code() + (descending ? ".desc" : ".asc"))));
            }
        }
        return new Views.Filter("sort", text.text("connected-councils.register.filter.sort"), "", options,
                request.sort().toString());
    }

    private static <E extends Enum<E> & Coded> List<Views.Option> options(E[] values,
            java.util.function.Function<E, String> label) {
        List<Views.Option> out = new ArrayList<>();
        for (E value : values) {
            out.add(new Views.Option(value.code(), label.apply(value)));
        }
        return out;
    }

    private static String codes(java.util.Set<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().collect(Collectors.joining(","));
    }

    /**
     * Texts the script needs for what it builds itself (paging, status, errors, the "not confirmed" lozenge of rows
     * whose JSON says {@code confirmationDue}); patterns keep {0} placeholders.
     */
    private static List<Views.Option> scriptTexts(DisplayText text, ConfirmationRule confirmation) {
        List<Views.Option> out = new ArrayList<>();
        for (String name : List.of("showing", "using", "loading", "error", "previous", "next", "clear")) {
            out.add(new Views.Option(name, text.text("connected-councils.register.script." + name)));
        }
        out.add(new Views.Option("due", text.confirmationDue(confirmation)));
        return out;
    }
}
