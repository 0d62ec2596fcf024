package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** Where a council's request to join a group stands. */
public enum JoinRequestState implements Coded {
    PENDING,
    APPROVED,
    DECLINED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
