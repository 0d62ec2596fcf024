package org.connectedcouncils.council.service;

import org.connectedcouncils.council.domain.CouncilList;

/** Port: the list of UK local authorities bundled with the installed version of the app, read in council/io. */
@FunctionalInterface
public interface CouncilListSource {

    CouncilList list();
}
