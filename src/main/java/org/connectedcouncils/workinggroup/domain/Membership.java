package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/** A council's place in a group. The database holds at most one per (group, council). */
public record Membership(WorkingGroupKey group, CouncilCode council, MemberRole role, Instant since,
        String addedBy) {

    public Membership {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(role, "role");
    }
}
