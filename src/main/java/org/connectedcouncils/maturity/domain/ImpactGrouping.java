package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.Coded;

/** How the impact roll-up groups entries: by the council that owns them, or by each service area they serve. */
public enum ImpactGrouping implements Coded {
    COUNCIL,
    AREA;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
