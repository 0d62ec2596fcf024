package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** What kind of thing a register entry describes. */
public enum SolutionKind implements Coded {
    SOFTWARE,
    SERVICE,
    PATTERN,
    RESEARCH,
    CONTRACT,
    DATA;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
