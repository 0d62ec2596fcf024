package org.connectedcouncils.workinggroup.ao;

import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.ao.UserKeyColumns;
import org.connectedcouncils.common.service.PersonalData;

/**
 * The working groups' user keys: groups' creators, memberships' added-by, join requests' requester and decider,
 * and status reports' authors.
 */
public final class AoWorkingGroupPersonalData implements PersonalData {

    private final ActiveObjects ao;

    public AoWorkingGroupPersonalData(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Integer> anonymise(String userKey, String marker) {
        return new UserKeyColumns(ao, userKey, marker)
                .rewrite(AoWorkingGroup.class, "WORK_GROUP", "CREATED_BY", AoWorkingGroup::setCreatedBy)
                .rewrite(AoMembership.class, "GROUP_MEMBER", AoMembership.ADDED_BY, AoMembership::setAddedBy)
                .rewrite(AoJoinRequest.class, "JOIN_REQUEST", "REQUESTED_BY", AoJoinRequest::setRequestedBy)
                .rewrite(AoJoinRequest.class, "JOIN_REQUEST", "DECIDED_BY", AoJoinRequest::setDecidedBy)
                .rewrite(AoStatusReport.class, "STATUS_REPORT", "AUTHOR", AoStatusReport::setAuthor)
                .counts();
    }
}
