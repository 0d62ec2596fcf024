package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.Coded;

/** What a peer council says of another council's assessment. */
public enum ReviewVerdict implements Coded {
    ENDORSE,
    QUESTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    public String nameKey() {
        return "connected-councils.maturity.verdict." + code();
    }
}
