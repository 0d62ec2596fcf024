package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** How another council can obtain a solution: the route its procurement rules will ask for. */
public enum ProcurementRoute implements Coded {
    OPEN_SOURCE_LICENCE,
    SHARED_SERVICE_AGREEMENT,
    FRAMEWORK_CALL_OFF,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
