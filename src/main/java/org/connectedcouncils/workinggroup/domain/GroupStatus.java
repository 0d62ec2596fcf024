package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** Where a working group is in its life. */
public enum GroupStatus implements Coded {
    FORMING,
    ACTIVE,
    PAUSED,
    CLOSED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
