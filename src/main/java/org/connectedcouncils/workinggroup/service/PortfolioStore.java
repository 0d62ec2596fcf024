package org.connectedcouncils.workinggroup.service;

import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;

/** The "report once" roll-up: the current reports of groups and register entries, read together. */
public interface PortfolioStore {

    /** The current report of every group and visible register entry the query matches, with RAG counts. */
    Portfolio portfolio(PortfolioQuery query, Visibility visibility);
}
