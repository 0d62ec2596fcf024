package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** Lifecycle phase of an entry, in the GDS agile order (also the sort order). */
public enum Phase implements Coded {
    CONCEPT,
    DISCOVERY,
    ALPHA,
    BETA,
    LIVE,
    RETIRED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Position in the lifecycle, used for sorting by phase. */
    public int rank() {
        return ordinal();
    }
}
