package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** Whether an entry is still a draft seen by its council only, or published to everyone. */
public enum EntryState implements Coded {
    DRAFT,
    PUBLISHED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
