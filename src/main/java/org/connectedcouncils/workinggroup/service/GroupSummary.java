package org.connectedcouncils.workinggroup.service;

import java.util.Objects;
import java.util.Optional;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/**
 * Everything the working-group summary shows, read in one call: the group, the first page of its members (lead
 * first), its current status report and what the current user may do.
 */
public record GroupSummary(WorkingGroup group, Page<Membership> members, Optional<StatusReport> latestReport,
        GroupAccess access) {

    public GroupSummary {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(members, "members");
        latestReport = latestReport == null ? Optional.empty() : latestReport;
        Objects.requireNonNull(access, "access");
    }
}
