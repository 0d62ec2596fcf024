package org.connectedcouncils.notify.service;

import java.util.Collection;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * Where a council's profile lives in Confluence: the home page of the space whose key is the council's code (there
 * {@code cc-council} needs no parameter). Implemented by the host.
 */
public interface CouncilHomePages {

    /**
     * The home page id of each council among {@code councils} that has such a space, current and viewable by the
     * reader, in one query; the others are left out.
     */
    Map<CouncilCode, Long> of(Collection<CouncilCode> councils);
}
