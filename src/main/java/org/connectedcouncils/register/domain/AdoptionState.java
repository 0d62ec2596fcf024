package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** How a council uses a solution it declared. */
public enum AdoptionState implements Coded {
    EVALUATING,
    USING,
    STOPPED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
