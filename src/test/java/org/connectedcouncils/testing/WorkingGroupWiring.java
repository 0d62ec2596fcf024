package org.connectedcouncils.testing;

import java.time.Clock;

import com.atlassian.activeobjects.external.ActiveObjects;

import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.ao.PortfolioEntryRows;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.ao.AoCharterStore;
import org.connectedcouncils.workinggroup.ao.AoGroupHistoryStore;
import org.connectedcouncils.workinggroup.ao.AoInvitationStore;
import org.connectedcouncils.workinggroup.ao.AoJoinRequestStore;
import org.connectedcouncils.workinggroup.ao.AoPortfolioStore;
import org.connectedcouncils.workinggroup.ao.AoStatusReportStore;
import org.connectedcouncils.workinggroup.ao.AoWorkingGroupStore;
import org.connectedcouncils.workinggroup.service.CouncilLocks;
import org.connectedcouncils.workinggroup.service.GroupCharters;
import org.connectedcouncils.workinggroup.service.GroupInvitations;
import org.connectedcouncils.workinggroup.service.GroupJoinRequests;
import org.connectedcouncils.workinggroup.service.GroupRecords;
import org.connectedcouncils.workinggroup.service.GroupsAndMembers;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.workinggroup.service.JoinRequests;
import org.connectedcouncils.workinggroup.service.ProjectPages;
import org.connectedcouncils.workinggroup.service.StatusReporting;
import org.connectedcouncils.workinggroup.service.StatusReports;
import org.connectedcouncils.workinggroup.service.WorkingGroupGuards;
import org.connectedcouncils.workinggroup.service.WorkingGroupSettings;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/** The working-group use cases on Active Objects, wired by hand as connected-councils-beans.xml wires them. */
public final class WorkingGroupWiring {

    /** The four working-group ports, each answered by its use-case class. */
    public record Services(WorkingGroups groups, JoinRequests joins, StatusReports reports, Invitations invitations,
            GroupRecords records) {
    }

    private WorkingGroupWiring() {
    }

    public static Services workingGroups(ActiveObjects ao, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, SolutionRegister register, ActorProvider actor, ProjectPages pages,
            CouncilLocks locks, WorkingGroupSettings settings, Clock clock) {
        return workingGroups(ao, councils, serviceAreas, register, actor, pages, locks, settings, DomainEvents.NONE,
                clock);
    }

    /** The use cases publishing their events through {@code events}. */
    public static Services workingGroups(ActiveObjects ao, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, SolutionRegister register, ActorProvider actor, ProjectPages pages,
            CouncilLocks locks, WorkingGroupSettings settings, DomainEvents events, Clock clock) {
        AoWorkingGroupStore store = new AoWorkingGroupStore(ao);
        AoStatusReportStore reports = new AoStatusReportStore(ao);
        WorkingGroupGuards guards = new WorkingGroupGuards(store, actor, locks, councils);
        AoInvitationStore invitations = new AoInvitationStore(ao);
        AoTransactions transactions = new AoTransactions(ao);
        AoGroupHistoryStore history = new AoGroupHistoryStore(ao);
        GroupsAndMembers groups = new GroupsAndMembers(store, invitations, reports, guards, councils, serviceAreas,
                register, pages, transactions, settings, history, clock);
        return new Services(groups,
                new GroupJoinRequests(new AoJoinRequestStore(ao), store, guards, events, history, transactions, clock),
                new StatusReporting(reports, new AoPortfolioStore(ao, new PortfolioEntryRows(ao)), store, guards,
                        register, events, history, transactions, clock),
                new GroupInvitations(invitations, store, groups, guards, transactions, events, history, clock),
                new GroupCharters(new AoCharterStore(ao), history, store, guards, transactions, clock));
    }
}
