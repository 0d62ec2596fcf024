package org.connectedcouncils.council.domain;

import org.connectedcouncils.common.domain.Coded;

/** What a person may do for a council: a member acts for it (views, is counted), an editor also writes for it. */
public enum CouncilRole implements Coded {
    MEMBER,
    EDITOR;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
