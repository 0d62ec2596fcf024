package org.connectedcouncils.workinggroup.rest;

import org.connectedcouncils.common.rest.PageJson;

/**
 * {@code GET /working-groups/{key}}: the group, the first page of its members (lead first), its current status
 * report (null when none) and the user's access, read in one call.
 */
public record WorkingGroupSummaryJson(WorkingGroupJson group, PageJson<MembershipJson> members,
        StatusReportJson currentReport, GroupAccessJson access) {
}
