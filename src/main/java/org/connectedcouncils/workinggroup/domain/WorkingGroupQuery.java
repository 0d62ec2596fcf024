package org.connectedcouncils.workinggroup.domain;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;

/**
 * Filters, sort and paging of a group list; nulls and empty sets mean "any". {@code council} matches groups the
 * council leads, belongs to or observes, {@code inAnyOf} groups any of those councils is in; {@code spaceKey} the
 * groups whose project page lives in that space; {@code words} groups whose name or aim holds every word.
 */
public record WorkingGroupQuery(
        CouncilCode council,
        String serviceArea,
        CollaborationModel model,
        GroupStatus status,
        String spaceKey,
        Sort<GroupSortField> sort,
        PageRequest page,
        Set<CouncilCode> inAnyOf,
        String words) {

    /** The most words a search matches on (the rest are ignored). */
    public static final int MAX_WORDS = 5;

    public WorkingGroupQuery {
        sort = sort == null ? GroupSortField.DEFAULT : sort;
        page = page == null ? PageRequest.FIRST : page;
        inAnyOf = inAnyOf == null ? Set.of() : Set.copyOf(inAnyOf);
        words = words == null || words.isBlank() ? null : words.trim();
    }

    public WorkingGroupQuery(CouncilCode council, String serviceArea, CollaborationModel model, GroupStatus status,
            String spaceKey, Sort<GroupSortField> sort, PageRequest page) {
        this(council, serviceArea, model, status, spaceKey, sort, page, Set.of(), null);
    }

    public static WorkingGroupQuery all() {
        return new WorkingGroupQuery(null, null, null, null, null, null, null);
    }

    public WorkingGroupQuery withPage(PageRequest p) {
        return new WorkingGroupQuery(council, serviceArea, model, status, spaceKey, sort, p, inAnyOf, words);
    }

    public WorkingGroupQuery withStatus(GroupStatus s) {
        return new WorkingGroupQuery(council, serviceArea, model, s, spaceKey, sort, page, inAnyOf, words);
    }

    /** Only groups one of these councils leads, belongs to or observes (empty: any). */
    public WorkingGroupQuery inAnyOf(Set<CouncilCode> councils) {
        return new WorkingGroupQuery(council, serviceArea, model, status, spaceKey, sort, page, councils, words);
    }

    /** Only groups whose name or aim holds every one of these words (null or blank: any). */
    public WorkingGroupQuery withWords(String text) {
        return new WorkingGroupQuery(council, serviceArea, model, status, spaceKey, sort, page, inAnyOf, text);
    }
}
