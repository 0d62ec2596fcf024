package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** How a solution runs for a council: offered by the owner as a hosting option, or chosen by an adopter. */
public enum Hosting implements Coded {
    SELF_HOSTED,
    OWNER_HOSTED,
    SUPPLIER_HOSTED,
    SHARED_SERVICE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
