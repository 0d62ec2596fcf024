package org.connectedcouncils.register.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.RegisterQueries.LikeChoice;
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
        List<RegisterRows.Row> rows,
        String status,
        List<String> notes,
        Views.Message empty,
        List<Views.Option> scriptTexts,
        List<Views.Link> createLinks,
        Views.Filter likeCouncil) {

    public static final String REST_PATH = "/rest/connected-councils/1.0/solutions";

    /** The label of the link to the editor, and the editor's address after the entry pages' path. */
    public static final String CREATE = "connected-councils.entry.action.create";
    public static final String NEW_ENTRY = "new";
    static final String SHOWING = "connected-councils.register.table.showing";
    static final String SHOWING_CAPPED = "connected-councils.register.table.capped";
    static final String EMPTY_TITLE = "connected-councils.register.empty.title";
    static final String EMPTY_FILTERED = "connected-councils.register.empty.filtered";
    static final String EMPTY_REGISTER_TITLE = "connected-councils.register.empty.none.title";
    static final String EMPTY_REGISTER = "connected-councils.register.empty.none";

    /** One column header: its code, label and the sort field it offers (blank when not sortable). */
    public record Column(String code, String label, String sortField, String ariaSort) {
    }

    public static RegisterTableView of(String id, RegisterTableRequest request, RegisterTable table, OutputMode mode,
            SolutionPages pages, RegisterText text) {
        return of(id, request, table, mode, pages, text, false, null);
    }

    /**
     * With an "Add to the register" link on screen when {@code mayCreate}, and the "councils like mine" filter when
     * {@code like} is given (on screen only).
     */
    public static RegisterTableView of(String id, RegisterTableRequest request, RegisterTable table, OutputMode mode,
            SolutionPages pages, RegisterText text, boolean mayCreate, LikeChoice like) {
        Page<Solution> page = table.page();
        List<Column> columns = request.columns().stream().map(c -> column(c, request.sort(), text)).toList();
        List<RegisterRows.Row> rows = RegisterRows.of(request.columns(), table, pages, text);
        long shown = page.items().size();
        String status = status(page, text);
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
                scriptTexts(text, table.confirmation()), mode.isInteractive() && mayCreate
                        ? List.of(new Views.Link(text.text(CREATE), pages.href(NEW_ENTRY))) : List.of(),
                mode.isInteractive() && like != null ? likeFilter(like, text) : null);
    }

    /** The council to compare with: every council by name, the user's own chosen when they act for one. */
    private static Views.Filter likeFilter(LikeChoice like, RegisterText text) {
        return new Views.Filter("like", text.text("connected-councils.register.like.council"),
                text.text("connected-councils.register.like.choose"),
                like.councils().stream().map(c -> new Views.Option(c.code().value(), c.name())).toList(),
                like.own() == null ? "" : like.own().value());
    }

    private static Column column(RegisterColumn c, Sort<SolutionSortField> sort, RegisterText text) {
        String sortField = c.sortField() == null ? "" : c.sortField().code();
        String aria = c.sortField() == null || c.sortField() != sort.field() ? "none"
                : sort.descending() ? "descending" : "ascending";
        return new Column(c.code(), text.text(c.labelKey()), sortField, aria);
    }

    /** "Showing 25 of 130 solutions": the status line under the table, for the first page and later ones. */
    static String status(Page<Solution> page, RegisterText text) {
        return text.text(SHOWING, DisplayText.number(page.items().size()), DisplayText.number(page.total()));
    }

    private static List<Views.Filter> filters(RegisterTableRequest request, List<ServiceArea> areas,
            RegisterText text) {
        List<Views.Filter> filters = new ArrayList<>();
        String any = text.text("connected-councils.register.filter.any");
        filters.add(new Views.Filter("phase", text.text("connected-councils.register.filter.phase"), any,
                options(Phase.values(), text::phase), codes(request.phases())));
        filters.add(new Views.Filter("serviceArea", text.text("connected-councils.register.filter.serviceArea"), any,
                areas.stream().filter(a -> !a.retired()).sorted(ServiceArea.byNameFor(text.welsh()))
                        .map(a -> new Views.Option(a.code(), a.nameFor(text.welsh()))).toList(),
                request.serviceArea() == null ? "" : request.serviceArea()));
        filters.add(new Views.Filter("kind", text.text("connected-councils.register.filter.kind"), any,
                options(SolutionKind.values(), text::kind), codes(request.kinds())));
        filters.add(new Views.Filter("offer", text.text("connected-councils.register.filter.offer"), any,
                options(CollaborationOffer.values(), text::offer),
                request.offer() == null ? "" : request.offer().code()));
        return filters;
    }

    private static Views.Filter sortFilter(RegisterTableRequest request, RegisterText text) {
        List<Views.Option> options = new ArrayList<>();
        for (SolutionSortField field : SolutionSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                Sort<SolutionSortField> sort = new Sort<>(field, descending);
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
     * Texts for the script (loading, errors, paging); patterns keep {0} placeholders. The rows, their lozenges and
     * the status line of later pages now come rendered from the server, so "showing", "using" and "due" are unread.
     */
    private static List<Views.Option> scriptTexts(RegisterText text, ConfirmationRule confirmation) {
        List<Views.Option> out = new ArrayList<>();
        for (String name : List.of("showing", "using", "loading", "error", "previous", "next", "clear")) {
            out.add(new Views.Option(name, text.text("connected-councils.register.script." + name)));
        }
        out.add(new Views.Option("due", text.confirmationDue(confirmation)));
        return out;
    }
}
