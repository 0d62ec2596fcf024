package org.connectedcouncils.workinggroup.service;

/** Rules an administrator may tune. */
public interface WorkingGroupSettings {

    /** The default lead limit: the Local Digital Fund lets a council lead at most two applications. */
    int DEFAULT_MAX_FUNDING_BID_LEADS = 2;

    /** How many open (not closed) funding-bid groups one council may lead. */
    int maxFundingBidLeads();

    static WorkingGroupSettings defaults() {
        return fixed(DEFAULT_MAX_FUNDING_BID_LEADS);
    }

    static WorkingGroupSettings fixed(int maxFundingBidLeads) {
        return () -> maxFundingBidLeads;
    }
}
