package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** Rough size of the money behind an entry, in pounds or euros. */
public enum BudgetBand implements Coded {
    UNDER_10K,
    FROM_10K_TO_50K,
    FROM_50K_TO_100K,
    FROM_100K_TO_500K,
    FROM_500K_TO_1M,
    OVER_1M;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
