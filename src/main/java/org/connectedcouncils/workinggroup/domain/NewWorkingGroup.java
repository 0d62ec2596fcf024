package org.connectedcouncils.workinggroup.domain;

import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;

/** A group to set up: its details, the lead council and the councils that join it as members from the start. */
public record NewWorkingGroup(GroupDetails details, CouncilCode leadCouncil, Set<CouncilCode> memberCouncils) {

    public NewWorkingGroup {
        memberCouncils = memberCouncils == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(
                memberCouncils));
    }
}
