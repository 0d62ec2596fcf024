package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.Coded;

/**
 * Where a commitment stands: planned (not yet made), signed (made on a date), in progress, met (on a date) or
 * withdrawn. Only a planned commitment may lack the date it was made on; only a met one has a date met.
 */
public enum CommitmentStatus implements Coded {
    PLANNED,
    SIGNED,
    IN_PROGRESS,
    MET,
    WITHDRAWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
