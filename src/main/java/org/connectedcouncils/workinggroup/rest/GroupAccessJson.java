package org.connectedcouncils.workinggroup.rest;

import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.workinggroup.service.GroupAccess;

/** What the current user may do with a group, so a view shows only the buttons that will work. */
public record GroupAccessJson(boolean manage, boolean report, List<String> mayRequestToJoinFor) {

    static GroupAccessJson of(GroupAccess a) {
        return new GroupAccessJson(a.manage(), a.report(),
                a.mayRequestToJoinFor().stream().map(CouncilCode::value).sorted().toList());
    }
}
