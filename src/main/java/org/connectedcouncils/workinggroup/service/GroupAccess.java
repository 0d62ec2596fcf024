package org.connectedcouncils.workinggroup.service;

import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * What the current user may do with one group, so a view can show only the buttons that will work: manage it
 * (lead editors, admins), write its status reports (partner editors), and ask to join for which of their councils.
 */
public record GroupAccess(boolean manage, boolean report, Set<CouncilCode> mayRequestToJoinFor) {

    public GroupAccess {
        mayRequestToJoinFor = Set.copyOf(mayRequestToJoinFor);
    }
}
