package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** A council's part in a group. Exactly one council leads; observers follow without committing. */
public enum MemberRole implements Coded {
    LEAD,
    MEMBER,
    OBSERVER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Lead and members are the group's partners: they count towards partner rules and write status reports. */
    public boolean isPartner() {
        return this != OBSERVER;
    }
}
