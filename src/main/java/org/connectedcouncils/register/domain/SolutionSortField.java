package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Sort;

/** The columns a register list can be sorted by; its sort is written {@code name} or {@code -updated}. */
public enum SolutionSortField implements Coded {
    NAME,
    UPDATED,
    ADOPTIONS,
    PHASE;

    public static final Sort<SolutionSortField> DEFAULT = new Sort<>(UPDATED, true);

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
