package org.connectedcouncils.council.domain;

import org.connectedcouncils.common.domain.Coded;

/** Whether a role mapping names a Confluence group or one user (by user key). */
public enum PrincipalType implements Coded {
    GROUP,
    USER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
