package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * A stored working group as the use cases see it. {@code partnerCount} counts the lead and the members (not
 * observers); {@code spaceKey} and {@code projectPageId} link it to its Confluence project page (null until made).
 */
public record WorkingGroup(
        WorkingGroupKey key,
        GroupDetails details,
        CouncilCode leadCouncil,
        GroupStatus status,
        int partnerCount,
        String spaceKey,
        Long projectPageId,
        Instant created,
        String createdBy,
        Instant updated,
        int version) {

    public WorkingGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(leadCouncil, "leadCouncil");
        Objects.requireNonNull(status, "status");
    }

    public boolean isFundingBid() {
        return details.isFundingBid();
    }

    public WorkingGroup with(GroupDetails newDetails, GroupStatus newStatus, Instant now) {
        return new WorkingGroup(key, newDetails, leadCouncil, newStatus, partnerCount, spaceKey, projectPageId,
                created, createdBy, now, version);
    }
}
