package org.connectedcouncils.workinggroup.macro;

import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * What {@code group-history.vm} reads when rendered alone (by {@code GET /working-groups/{key}/history.html}): the
 * same {@code records().history()} path as inside the group's page, so one template serves both.
 */
public record HistoryFragment(GroupRecordsView records) {

    public static final String TEMPLATE = "templates/workinggroup/group-history.vm";

    /** The page of history from {@code start}, with the councils and people it names. */
    public static HistoryFragment of(WorkingGroupQueries queries, String groupKey,
            WorkingGroupQueries.HistoryPage page, DisplayText text) {
        GroupRecordsView.History history = GroupRecordsView.history(GroupViews.REST_PATH + "/" + groupKey
                + "/history.html", page.lines(), page.names(), queries.councilsOf(page), true, text);
        return new HistoryFragment(new GroupRecordsView(List.of(), List.of(), List.of(), List.of(), history));
    }
}
