package org.connectedcouncils.testing;

import org.connectedcouncils.workinggroup.ao.AoStatusReportStore;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupStore;
import org.connectedcouncils.workinggroup.service.GroupRecords;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.workinggroup.service.JoinRequests;
import org.connectedcouncils.workinggroup.service.StatusReports;
import org.connectedcouncils.workinggroup.service.WorkingGroups;
import org.connectedcouncils.workinggroup.service.WorkingGroupSettings;

/**
 * Working groups wired on the register fixture's database, actor and clock, with local project pages (space
 * {@code WASTE} exists) and the default lead limit. Call {@link #reset()} before each test.
 */
public final class WorkingGroupFixture {

    public static final String SPACE = "WASTE";

    public final RegisterFixture register = new RegisterFixture();
    public final AoWorkingGroupStore store = new AoWorkingGroupStore(register.db.ao());
    public final AoStatusReportStore reports = new AoStatusReportStore(register.db.ao());
    public final LocalProjectPages pages = new LocalProjectPages();
    public volatile int maxFundingBidLeads = WorkingGroupSettings.DEFAULT_MAX_FUNDING_BID_LEADS;
    public final WorkingGroupWiring.Services services = WorkingGroupWiring.workingGroups(register.db.ao(),
            register.councils, register.serviceAreas, register.register, register.actor, pages,
            new LocalCouncilLocks(), () -> maxFundingBidLeads, register.transactions, register.clock);
    /** Groups whose invited councils accept at once (see {@link CouncilsAgree}); {@link #services} has the real one. */
    public final WorkingGroups groups = CouncilsAgree.over(services.groups(), services.invitations(), register.actor);
    public final JoinRequests joinRequests = services.joins();
    public final Invitations invitations = services.invitations();
    public final StatusReports reporting = services.reports();
    public final GroupRecords records = services.records();

    public WorkingGroupFixture reset() {
        register.reset();
        pages.clear();
        pages.addSpace(SPACE);
        maxFundingBidLeads = WorkingGroupSettings.DEFAULT_MAX_FUNDING_BID_LEADS;
        return this;
    }
}
