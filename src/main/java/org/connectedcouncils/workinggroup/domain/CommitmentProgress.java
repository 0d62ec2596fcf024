package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** How a charter commitment stands, as the lead marks it when reporting. */
public enum CommitmentProgress implements Coded {
    MET,
    AT_RISK;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
