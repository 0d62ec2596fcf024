package org.connectedcouncils.workinggroup.macro;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupSortField;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;

/**
 * The {@code cc-working-groups} filters, typed: from the macro's parameters (the list it opens with) or from the
 * directory's address ({@code GET /working-groups.html}, the same names), so a shared address shows the same list.
 */
public record GroupDirectoryRequest(
        GroupStatus status,
        CollaborationModel model,
        String serviceArea,
        CouncilCode council,
        String words,
        boolean mine,
        Sort<GroupSortField> sort,
        int start,
        int pageSize) {

    /** The parameter names, shared by the macro, the address and the script. */
    public static final List<String> NAMES = List.of("status", "model", "serviceArea", "council", "q", "mine",
            "sort", "start", "pageSize");
    /** The longest word search taken. */
    public static final int MAX_WORDS_LENGTH = 200;
    /** The furthest a list may be paged into. */
    public static final int MAX_START = 100_000;
    /** Exports show up to one full page of the largest size; a note says how many more match. */
    public static final int STATIC_ROWS = PageRequest.MAX_LIMIT;

    public static GroupDirectoryRequest parse(Map<String, String> raw) {
        return parse(new MacroParameters(raw));
    }

    public static GroupDirectoryRequest parse(MacroParameters p) {
        String words = p.text("q").orElse(null);
        if (words != null && words.length() > MAX_WORDS_LENGTH) {
            throw new InvalidParameter("q", MacroParameters.BAD_VALUE, words.substring(0, 40));
        }
        return new GroupDirectoryRequest(p.code("status", GroupStatus.class), p.code("model", CollaborationModel.class),
                p.text("serviceArea").map(String::toLowerCase).orElse(null), p.council("council"), words,
                "true".equals(p.oneOf("mine", Set.of("true", "false"))),
                p.parse("sort", raw -> Sort.parse(raw, GroupSortField.DEFAULT)),
                p.number("start", 0, MAX_START, 0),
                p.number("pageSize", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT));
    }

    /** The query of this output: the page asked for on screen, the first {@link #STATIC_ROWS} in exports. */
    public WorkingGroupQuery query(OutputMode mode) {
        PageRequest page = mode.isInteractive() ? new PageRequest(start, pageSize) : new PageRequest(0, STATIC_ROWS);
        return new WorkingGroupQuery(council, serviceArea, model, status, null, sort, page).withWords(words);
    }

    /** A service area or council the directory does not know is a mistake in the filter, not an empty list. */
    public void checkFilters(List<ServiceArea> areas, Map<CouncilCode, ?> councils) {
        if (serviceArea != null && areas.stream().map(ServiceArea::code).noneMatch(serviceArea::equals)) {
            throw new InvalidParameter("serviceArea", MacroParameters.BAD_VALUE, serviceArea);
        }
        if (council != null && !councils.containsKey(council)) {
            throw new InvalidParameter("council", MacroParameters.UNKNOWN_COUNCIL, council.value());
        }
    }
}
