package org.connectedcouncils.preview;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.testing.SwitchableActor;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.testing.WorkingGroupWiring;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.service.Invitations;
import org.connectedcouncils.workinggroup.service.StatusReports;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * Three demo working groups with project pages and status reports, written through the real use cases after the
 * register's demo data (so they can link its entries).
 */
final class DemoWorkingGroups {

    static final String SPACE = "COLLAB";

    private DemoWorkingGroups() {
    }

    static int load(WorkingGroupWiring.Services services, SwitchableActor actor, MutableClock clock) {
        WorkingGroups groups = services.groups();
        StatusReports reports = services.reports();
        CouncilCode brighton = CouncilCode.of("E06000043");
        CouncilCode hackney = CouncilCode.of("E09000012");
        CouncilCode leeds = CouncilCode.of("E08000035");
        CouncilCode croydon = CouncilCode.of("E09000008");
        CouncilCode manchester = CouncilCode.of("E08000003");
        CouncilCode liverpool = CouncilCode.of("E08000012");

        WorkingGroup waste = create(services, actor, brighton, new GroupDetails("Waste services collaborative",
                "Share the bin-day and missed-collection services councils have built, and agree one data standard"
                        + " for collection rounds.", Set.of("waste"), CollaborationModel.COMMUNITY_OF_PRACTICE,
                "Monthly, online", "A shared round-data schema adopted by five councils.",
                Set.of(SolutionKey.of(1), SolutionKey.of(2))), Set.of(croydon, leeds));
        WorkingGroup damp = create(services, actor, manchester, new GroupDetails("Damp and mould reporting",
                "Co-develop one damp and mould reporting service that any social landlord council can run.",
                Set.of("housing"), CollaborationModel.CO_DEVELOPMENT, "Fortnightly show and tell",
                "The service is live in three councils.", Set.of(SolutionKey.of(10))), Set.of(liverpool, hackney));
        WorkingGroup bid = create(services, actor, hackney, new GroupDetails("Housing repairs funding bid",
                "A funding-bid consortium for a shared housing repairs platform.", Set.of("housing"),
                CollaborationModel.FUNDING_BID_CONSORTIUM, "Weekly until the bid is in",
                "Bid submitted, or the partners agree to stop.", Set.of(SolutionKey.of(9))), Set.of(croydon,
                        manchester));

        actAs(actor, brighton);
        groups.changeStatus(waste.key(), GroupStatus.ACTIVE);
        actAs(actor, hackney);
        groups.changeStatus(bid.key(), GroupStatus.ACTIVE);

        report(reports, actor, clock, brighton, waste, Rag.GREEN, "Round-data schema drafted with four councils.");
        report(reports, actor, clock, croydon, waste, Rag.AMBER, "Two councils still to test the schema.");
        report(reports, actor, clock, manchester, damp, Rag.AMBER, "Triage questions agreed; photo upload late.");
        report(reports, actor, clock, hackney, bid, Rag.RED, "Partner sign-off missing two weeks before the deadline.");
        actor.actAs(Actor.anonymous());
        return 3;
    }

    /** Sets up a group; each council named as a member is invited and its editor accepts. */
    private static WorkingGroup create(WorkingGroupWiring.Services services, SwitchableActor actor,
            CouncilCode lead, GroupDetails details, Set<CouncilCode> members) {
        actAs(actor, lead);
        WorkingGroup group = services.groups().createWithProjectPage(new NewWorkingGroup(details, lead, members),
                SPACE);
        for (CouncilCode member : members) {
            actAs(actor, member);
            Invitations invitations = services.invitations();
            for (Invitation invitation : invitations.invitations(group.key(), InvitationState.PENDING,
                    PageRequest.FIRST).items()) {
                invitations.accept(group.key(), invitation.id());
            }
        }
        return group;
    }

    private static void report(StatusReports reports, SwitchableActor actor, MutableClock clock, CouncilCode council,
            WorkingGroup group, Rag rag, String summary) {
        actAs(actor, council);
        clock.advance(Duration.ofDays(3));
        reports.report(ReportSubject.of(group.key()), new StatusReportContent(
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), rag, summary,
                "Demo data: partners met and agreed the next sprint.", "Test with residents.",
                "Demo data: staff time is tight in the summer."));
    }

    private static void actAs(SwitchableActor actor, CouncilCode council) {
        actor.actAs(Actor.editor("demo-editor-" + council.value().toLowerCase(Locale.ROOT), council));
    }
}
