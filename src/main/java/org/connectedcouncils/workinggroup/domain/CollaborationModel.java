package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Coded;

/** How the councils of a group work together, from the loosest to the most binding. */
public enum CollaborationModel implements Coded {
    COMMUNITY_OF_PRACTICE,
    JOINT_DISCOVERY,
    CO_DEVELOPMENT,
    SHARED_SERVICE,
    JOINT_PROCUREMENT,
    /** A consortium bidding for funding such as the Local Digital Fund: partner and lead limits apply. */
    FUNDING_BID_CONSORTIUM;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
