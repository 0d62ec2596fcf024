package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Sort;

/** The columns a group list can be sorted by; its sort is written {@code name} or {@code -updated}. */
public enum GroupSortField implements Coded {
    NAME,
    UPDATED;

    public static final Sort<GroupSortField> DEFAULT = new Sort<>(NAME, false);

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
