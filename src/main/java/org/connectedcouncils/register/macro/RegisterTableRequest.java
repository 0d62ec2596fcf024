package org.connectedcouncils.register.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;

/** The cc-register macro's parameters, typed: default filters, columns, sort and page size. */
public record RegisterTableRequest(
        Set<Phase> phases,
        Set<SolutionKind> kinds,
        String serviceArea,
        CouncilCode council,
        CollaborationOffer offer,
        List<RegisterColumn> columns,
        Sort<SolutionSortField> sort,
        int pageSize) {

    public static final List<RegisterColumn> DEFAULT_COLUMNS = List.of(RegisterColumn.NAME, RegisterColumn.PHASE,
            RegisterColumn.OWNER, RegisterColumn.SERVICE_AREAS, RegisterColumn.ADOPTIONS);
    /** Export output shows up to one full page of the largest size; the note says how many more match. */
    public static final int STATIC_ROWS = PageRequest.MAX_LIMIT;

    public RegisterTableRequest {
        phases = Set.copyOf(phases);
        kinds = Set.copyOf(kinds);
        columns = List.copyOf(columns);
    }

    public static RegisterTableRequest parse(Map<String, String> raw) {
        return parse(new MacroParameters(raw));
    }

    public static RegisterTableRequest parse(MacroParameters p) {
        List<RegisterColumn> columns = new ArrayList<>();
        for (String code : p.list("columns")) {
            columns.add(RegisterColumn.tableColumn(code)
                    .orElseThrow(() -> new InvalidParameter("columns", MacroParameters.BAD_VALUE, code)));
        }
        String area = p.text("serviceArea").map(String::toLowerCase).orElse(null);
        return new RegisterTableRequest(p.codes("phase", Phase.class), p.codes("kind", SolutionKind.class), area,
                p.council("council"), p.code("offer", CollaborationOffer.class),
                columns.isEmpty() ? DEFAULT_COLUMNS : columns,
                p.parse("sort", raw -> Sort.parse(raw, SolutionSortField.DEFAULT)),
                p.number("pageSize", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT));
    }

    /** The first page for this output: the page size on screen, the most a page may hold in exports. */
    public SolutionQuery query(OutputMode mode) {
        int limit = mode.isInteractive() ? pageSize : STATIC_ROWS;
        return SolutionQuery.all().withPhases(phases).withKinds(kinds).withServiceArea(serviceArea).withOwner(council)
                .withOffer(offer).withState(EntryState.PUBLISHED).sortedBy(sort).withPage(new PageRequest(0, limit));
    }

    /** A service area or council the directory does not know is a mistake in the macro, not an empty register. */
    public void checkFilters(List<ServiceArea> areas, Map<CouncilCode, ?> councils) {
        if (serviceArea != null && areas.stream().map(ServiceArea::code).noneMatch(serviceArea::equals)) {
            throw new InvalidParameter("serviceArea", MacroParameters.BAD_VALUE, serviceArea);
        }
        if (council != null && !councils.containsKey(council)) {
            throw new InvalidParameter("council", MacroParameters.UNKNOWN_COUNCIL, council.value());
        }
    }

    public boolean hasFilters() {
        return !phases.isEmpty() || !kinds.isEmpty() || serviceArea != null || council != null || offer != null;
    }
}
