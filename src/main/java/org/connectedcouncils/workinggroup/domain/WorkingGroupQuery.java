package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;

/**
 * Filters, sort and paging of a group list; nulls mean "any". {@code council} matches groups the council leads,
 * belongs to or observes; {@code spaceKey} the groups whose project page lives in that space.
 */
public record WorkingGroupQuery(
        CouncilCode council,
        String serviceArea,
        CollaborationModel model,
        GroupStatus status,
        String spaceKey,
        Sort<GroupSortField> sort,
        PageRequest page) {

    public WorkingGroupQuery {
        sort = sort == null ? GroupSortField.DEFAULT : sort;
        page = page == null ? PageRequest.FIRST : page;
    }

    public static WorkingGroupQuery all() {
        return new WorkingGroupQuery(null, null, null, null, null, null, null);
    }

    public WorkingGroupQuery withPage(PageRequest p) {
        return new WorkingGroupQuery(council, serviceArea, model, status, spaceKey, sort, p);
    }
}
