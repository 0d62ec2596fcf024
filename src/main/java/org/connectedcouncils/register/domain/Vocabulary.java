package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.CouncilCode;

/** What validation needs to know about stored reference data. */
public interface Vocabulary {

    /** True when the council exists and is not retired. */
    boolean isActiveCouncil(CouncilCode code);

    /** True when the service area exists and is not retired. */
    boolean isActiveServiceArea(String code);
}
