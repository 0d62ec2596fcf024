package org.connectedcouncils.testing;

import java.util.LinkedHashSet;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.notify.service.CouncilEditors;

/** The {@link DemoUsers} who edit for a council, standing in for the host's role mappings and group members. */
public final class DemoCouncilEditors implements CouncilEditors {

    @Override
    public Set<String> of(CouncilCode council) {
        Set<String> out = new LinkedHashSet<>();
        DemoUsers.everyone().forEach((id, actor) -> {
            if (actor.editsFor(council)) {
                out.add(actor.userKey());
            }
        });
        return out;
    }
}
