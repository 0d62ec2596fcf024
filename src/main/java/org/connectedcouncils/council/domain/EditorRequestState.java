package org.connectedcouncils.council.domain;

import org.connectedcouncils.common.domain.Coded;

/** Where a person's request for editor rights for a council stands. */
public enum EditorRequestState implements Coded {
    PENDING,
    APPROVED,
    REFUSED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
