package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** Who maintains a solution (publiccode.yml maintenance.type). */
public enum MaintenanceType implements Coded {
    INTERNAL,
    CONTRACT,
    COMMUNITY,
    NONE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
