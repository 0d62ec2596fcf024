package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.Coded;

/**
 * What a council commits to: signing the Local Digital Declaration, publishing its projects in the register, leading
 * a working group (linked), or something else it names in the title.
 */
public enum CommitmentKind implements Coded {
    DECLARATION,
    PUBLISH,
    LEAD_GROUP,
    OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
