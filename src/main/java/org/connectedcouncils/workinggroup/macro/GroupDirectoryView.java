package org.connectedcouncils.workinggroup.macro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupSortField;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupDirectory;

/**
 * What the {@code cc-working-groups} templates show: the filter form (each select with the value it opens with),
 * counts per status, one row per group and the pager. Every text is escaped by the renderer; none carries markup.
 */
public record GroupDirectoryView(
        String id,
        String restPath,
        String words,
        List<Views.Filter> filters,
        List<Count> counts,
        List<Row> rows,
        String status,
        List<Views.Fact> applied,
        List<Pager> pager,
        List<String> notes) {

    /** The template of the directory; the script swaps in its {@code .cc-groups-results} from the same template. */
    public static final String TEMPLATE = "templates/workinggroup/groups.vm";
    public static final String STATIC_TEMPLATE = "templates/workinggroup/groups-static.vm";
    static final String P = GroupViews.MACRO + "directory.";

    /** How many groups of the filters are at one status. */
    public record Count(Views.Span status, String count) {
    }

    /**
     * One group: its name is a link to its project page ({@code links}) or plain text when it has none
     * ({@code texts}); exactly one of the two lists holds it.
     */
    public record Row(String key, List<Views.Link> links, List<String> texts, String aim, Views.Span status,
            String model, String lead, String areas, String partners, String updated) {
    }

    /** A pager button: the start it loads and its label. */
    public record Pager(String start, String label, String cssClass) {
    }

    public static GroupDirectoryView of(String id, GroupDirectoryRequest request, GroupDirectory directory,
            GroupPages pages, DisplayText text) {
        Map<CouncilCode, Council> councils = directory.councils();
        Map<String, String> areaNames = directory.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::code, a -> a.nameFor(text.welsh()), (a, b) -> a));
        Page<WorkingGroup> page = directory.page();
        List<Count> counts = Arrays.stream(GroupStatus.values()).map(s -> new Count(GroupViews.status(s, text),
                DisplayText.number(directory.counts().getOrDefault(s, 0)))).toList();
        List<Row> rows = page.items().stream().map(g -> row(g, councils, areaNames, pages, text)).toList();
        String status = page.total() == 0 ? text.text(P + "none")
                : text.text(P + "showing", DisplayText.number(page.start() + 1L),
                        DisplayText.number(page.start() + (long) rows.size()), DisplayText.number(page.total()));
        List<Pager> pager = new ArrayList<>();
        if (page.hasPrevious()) {
            pager.add(new Pager(String.valueOf(Math.max(0, page.start() - page.limit())), text.text(P + "previous"),
                    "cc-groups-previous"));
        }
        if (page.hasNext()) {
            pager.add(new Pager(String.valueOf(page.start() + page.limit()), text.text(P + "next"),
                    "cc-groups-next"));
        }
        List<String> notes = new ArrayList<>();
        if (page.hasNext()) {
            notes.add(text.text(GroupViews.MACRO + "capped", DisplayText.number(rows.size()),
                    DisplayText.number(page.total())));
        }
        return new GroupDirectoryView(id, GroupViews.REST_PATH + ".html", request.words() == null ? ""
                : request.words(), filters(request, directory, areaNames, text), counts, rows, status,
                applied(request, directory, areaNames, text), pager, notes);
    }

    private static List<Views.Filter> filters(GroupDirectoryRequest r, GroupDirectory d, Map<String, String> areas,
            DisplayText text) {
        List<Views.Filter> filters = new ArrayList<>();
        filters.add(new Views.Filter("status", text.text(P + "status"), text.text(P + "any"),
                Arrays.stream(GroupStatus.values()).map(s -> new Views.Option(s.code(),
                        text.text(GroupViews.PREFIX + "status." + s.code()))).toList(), code(r.status())));
        filters.add(new Views.Filter("model", text.text(P + "model"), text.text(P + "any"),
                Arrays.stream(CollaborationModel.values()).map(m -> new Views.Option(m.code(),
                        GroupViews.model(m, text))).toList(), r.model() == null ? "" : r.model().code()));
        filters.add(new Views.Filter("serviceArea", text.text(P + "serviceArea"), text.text(P + "any"),
                d.serviceAreas().stream().filter(a -> !a.retired() || a.code().equals(r.serviceArea()))
                        .sorted(ServiceArea.byNameFor(text.welsh()))
                        .map(a -> new Views.Option(a.code(), a.nameFor(text.welsh()))).toList(),
                r.serviceArea() == null ? "" : r.serviceArea()));
        filters.add(new Views.Filter("council", text.text(P + "council"), text.text(P + "anyCouncil"),
                d.councils().values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .map(c -> new Views.Option(c.code().value(), c.name())).toList(),
                r.council() == null ? "" : r.council().value()));
        if (!d.userCouncils().isEmpty() || r.mine()) {
            filters.add(new Views.Filter("mine", text.text(P + "mine"), text.text(P + "mine.all"),
                    List.of(new Views.Option("true", text.text(P + "mine.true"))), r.mine() ? "true" : ""));
        }
        filters.add(new Views.Filter("sort", text.text(P + "sort"), text.text(P + "sort.name"), List.of(
                new Views.Option("-name", text.text(P + "sort.-name")),
                new Views.Option("-updated", text.text(P + "sort.-updated")),
                new Views.Option("updated", text.text(P + "sort.updated"))),
                r.sort().equals(GroupSortField.DEFAULT) ? ""
                        : r.sort().toString()));
        return filters;
    }

    /** The filters in words, for exports (which have no form). */
    private static List<Views.Fact> applied(GroupDirectoryRequest r, GroupDirectory d, Map<String, String> areas,
            DisplayText text) {
        List<Views.Fact> facts = new ArrayList<>();
        if (r.status() != null) {
            facts.add(new Views.Fact(text.text(P + "status"), text.text(GroupViews.PREFIX + "status."
                    + r.status().code())));
        }
        if (r.model() != null) {
            facts.add(new Views.Fact(text.text(P + "model"), GroupViews.model(r.model(), text)));
        }
        if (r.serviceArea() != null) {
            facts.add(new Views.Fact(text.text(P + "serviceArea"), areas.getOrDefault(r.serviceArea(),
                    r.serviceArea())));
        }
        if (r.council() != null) {
            facts.add(new Views.Fact(text.text(P + "council"), GroupViews.councilName(r.council(), d.councils())));
        }
        if (r.words() != null) {
            facts.add(new Views.Fact(text.text(P + "search"), r.words()));
        }
        if (r.mine()) {
            facts.add(new Views.Fact(text.text(P + "mine"), text.text(P + "mine.true")));
        }
        return facts;
    }

    private static Row row(WorkingGroup g, Map<CouncilCode, Council> councils, Map<String, String> areas,
            GroupPages pages, DisplayText text) {
        String name = g.details().name();
        String href = pages.href(g);
        List<Views.Link> links = href == null ? List.of() : List.of(new Views.Link(name, href));
        List<String> texts = href == null ? List.of(name) : List.of();
        String areaNames = g.details().serviceAreas().stream().map(a -> areas.getOrDefault(a, a))
                .collect(Collectors.joining(", "));
        return new Row(g.key().toString(), links, texts, g.details().aim(), GroupViews.status(g.status(), text),
                GroupViews.model(g.details().model(), text), GroupViews.councilName(g.leadCouncil(), councils),
                areaNames, DisplayText.number(g.partnerCount()), DisplayText.date(g.updated()));
    }

    private static String code(GroupStatus status) {
        return status == null ? "" : status.code();
    }
}
