package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Coded;

/** What the owner council offers other councils around an entry. */
public enum CollaborationOffer implements Coded {
    SHARE_IDEAS,
    OPEN_TO_CONVERSATION,
    CO_FUND,
    SHARE_CODE,
    OFFER_HOSTING,
    SEEK_PARTNERS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
