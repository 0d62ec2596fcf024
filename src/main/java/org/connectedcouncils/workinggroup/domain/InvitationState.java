package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** Where a group's invitation to a council stands. */
public enum InvitationState implements Coded {
    PENDING,
    ACCEPTED,
    DECLINED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
