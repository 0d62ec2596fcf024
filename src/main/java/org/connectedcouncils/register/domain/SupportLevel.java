package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** The support an owner council offers to councils that reuse its solution (Interoperable Europe Act, Art. 4(1)). */
public enum SupportLevel implements Coded {
    NONE,
    BEST_EFFORT,
    PAID,
    SERVICE_LEVEL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
