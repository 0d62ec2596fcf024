package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.Coded;

/** Which councils of the filter a heat map lists: those with a current assessment (the default), or all of them. */
public enum MapCouncils implements Coded {
    ASSESSED,
    ALL;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
