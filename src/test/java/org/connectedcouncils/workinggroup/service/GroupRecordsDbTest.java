package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.HACKNEY_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.LEEDS_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.VIEWER;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.LinkingGroups;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.ao.AoLinkingGroups;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/** A group's charter and history, and the indexed links from entries to groups, on a real database. */
public class GroupRecordsDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final CommitmentTerms TERMS = new CommitmentTerms(25, 5_000, "tests with residents",
            LocalDate.of(2025, 6, 2));

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups groups;
    private GroupRecords records;
    private WorkingGroupKey group;
    private long linesSeen;

    @Before
    public void setUp() {
        fixture.reset();
        groups = fixture.groups;
        records = fixture.records;
        act(BRIGHTON_EDITOR);
        group = groups.create(aGroup().withMembers(HACKNEY).build()).key();
        linesSeen = records.history(group, PageRequest.FIRST).total();
    }

    @Test
    public void commit_byTheMembersOwnEditor_isInTheCharterAndTheLeadMarksIt() {
        act(HACKNEY_EDITOR);
        records.commit(group, HACKNEY, TERMS);
        act(BRIGHTON_EDITOR);
        records.commit(group, BRIGHTON, new CommitmentTerms(0, 0, "hosts the service", null));
        records.mark(group, HACKNEY, CommitmentProgress.AT_RISK);
        act(HACKNEY_EDITOR);
        records.commit(group, HACKNEY, new CommitmentTerms(30, 5_000, "tests with residents", null));

        act(VIEWER);
        List<Commitment> charter = records.charter(group, PageRequest.FIRST).items();
        assertThat(charter).extracting(Commitment::council, c -> c.terms().peopleDayTenths(),
                c -> c.terms().role(), Commitment::progress)
                .containsExactly(tuple(BRIGHTON, 0, "hosts the service", null),
                        tuple(HACKNEY, 30, "tests with residents", CommitmentProgress.AT_RISK));
    }

    @Test
    public void wholeCharter_isEveryLineInCouncilOrder_andNotForTheSignedOut() {
        act(HACKNEY_EDITOR);
        records.commit(group, HACKNEY, TERMS);
        act(BRIGHTON_EDITOR);
        records.commit(group, BRIGHTON, new CommitmentTerms(0, 0, "hosts the service", null));

        act(VIEWER);
        assertThat(records.wholeCharter(group)).extracting(Commitment::council)
                .containsExactlyElementsOf(records.charter(group, PageRequest.FIRST).items().stream()
                        .map(Commitment::council).toList())
                .containsExactlyInAnyOrder(BRIGHTON, HACKNEY);
        act(Actor.anonymous());
        assertThatThrownBy(() -> records.wholeCharter(group)).isInstanceOf(Refusal.class);
    }

    @Test
    public void commit_byAnotherCouncilOrForAnObserver_isRefused_andOnlyTheLeadMarks() {
        act(LEEDS_EDITOR);
        assertThatThrownBy(() -> records.commit(group, HACKNEY, TERMS)).isInstanceOf(Refusal.NotAllowed.class);
        act(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> records.commit(group, LEEDS, TERMS)).isInstanceOfSatisfying(Refusal.Conflict.class,
                c -> assertThat(c.reason()).isEqualTo(GroupsAndMembers.NOT_MEMBER));
        act(HACKNEY_EDITOR);
        records.commit(group, HACKNEY, TERMS);
        assertThatThrownBy(() -> records.mark(group, HACKNEY, CommitmentProgress.MET))
                .isInstanceOf(Refusal.NotAllowed.class);
        groups.changeRole(group, HACKNEY, MemberRole.OBSERVER);
        assertThatThrownBy(() -> records.commit(group, HACKNEY, TERMS))
                .isInstanceOfSatisfying(Refusal.Conflict.class,
                        c -> assertThat(c.reason()).isEqualTo(GroupCharters.OBSERVER_COMMITS_NOTHING));
    }

    @Test
    public void commit_withBadTerms_namesEachFieldAndStoresNothing() {
        assertThatThrownBy(() -> records.commit(group, BRIGHTON, new CommitmentTerms(-1, 200_000_000L,
                "x".repeat(201), LocalDate.now().plusDays(2))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("peopleDaysPerMonth", "moneyPerYear", "role", "agreedOn"));
        assertThatThrownBy(() -> records.commit(group, BRIGHTON, new CommitmentTerms(0, 0, " ", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code).containsExactly("connected-councils.workinggroup.error."
                                + "emptyCommitment"));
        assertThat(records.charter(group, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void history_recordsWhoDidWhat_newestFirst_paged() {
        act(HACKNEY_EDITOR);
        records.commit(group, HACKNEY, TERMS);
        act(BRIGHTON_EDITOR);
        groups.changeStatus(group, GroupStatus.ACTIVE);
        groups.removeMember(group, HACKNEY);

        act(VIEWER);
        List<GroupHistoryEntry> lines = records.history(group, PageRequest.FIRST).items();
        assertThat(lines).extracting(GroupHistoryEntry::what, GroupHistoryEntry::actorKey,
                GroupHistoryEntry::council, GroupHistoryEntry::detail)
                .containsExactly(
                        tuple(What.REMOVED, "user-brighton-editor", HACKNEY, null),
                        tuple(What.STATUS_CHANGED, "user-brighton-editor", null, "forming>active"),
                        tuple(What.COMMITMENT_RECORDED, "user-hackney-editor", HACKNEY, "tests with residents"),
                        tuple(What.INVITATION_ACCEPTED, "user-invited-council", HACKNEY, "member"),
                        tuple(What.CREATED, "user-brighton-editor", BRIGHTON, null));
        assertThat(records.history(group, new PageRequest(1, 2)).items()).extracting(GroupHistoryEntry::what)
                .containsExactly(What.STATUS_CHANGED, What.COMMITMENT_RECORDED);
        act(BRIGHTON_EDITOR);
        assertThat(records.history(group, PageRequest.FIRST).items()).extracting(GroupHistoryEntry::what)
                .endsWith(What.INVITATION_ACCEPTED, What.INVITED, What.CREATED);
    }

    @Test
    public void everyJoinRequestInvitationAndReport_writesExactlyOneLine_whoWhatCouncil() {
        act(BRIGHTON_EDITOR);
        Invitation invited = fixture.invitations.invite(group, LEEDS, MemberRole.MEMBER);
        assertNewLine(What.INVITED, "user-brighton-editor", LEEDS, "member");
        act(LEEDS_EDITOR);
        fixture.invitations.decline(group, invited.id(), "Not this year");
        assertNewLine(What.INVITATION_DECLINED, "user-leeds-editor", LEEDS, "member");
        JoinRequest first = fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.OBSERVER, "Only to watch");
        assertNewLine(What.JOIN_REQUESTED, "user-leeds-editor", LEEDS, "observer");
        act(BRIGHTON_EDITOR);
        fixture.joinRequests.declineJoin(group, first.id(), "Members only for now.");
        assertNewLine(What.JOIN_DECLINED, "user-brighton-editor", LEEDS, null);
        act(LEEDS_EDITOR);
        JoinRequest second = fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        assertNewLine(What.JOIN_REQUESTED, "user-leeds-editor", LEEDS, "member");
        act(BRIGHTON_EDITOR);
        fixture.joinRequests.approveJoin(group, second.id());
        assertNewLine(What.JOINED, "user-brighton-editor", LEEDS, "member");
        act(HACKNEY_EDITOR);
        fixture.reporting.report(ReportSubject.of(group), new StatusReportContent(LocalDate.ofInstant(
                fixture.register.clock.instant(), ZoneOffset.UTC), Rag.AMBER, "Short of people", null, null, null));
        assertNewLine(What.STATUS_REPORTED, "user-hackney-editor", HACKNEY, "amber");
        act(BRIGHTON_EDITOR);
        Invitation lead = fixture.invitations.invite(group, HACKNEY, MemberRole.LEAD);
        assertNewLine(What.INVITED, "user-brighton-editor", HACKNEY, "lead");
        act(HACKNEY_EDITOR);
        fixture.invitations.accept(group, lead.id());
        assertNewLine(What.LEAD_HANDED_OVER, "user-hackney-editor", HACKNEY, BRIGHTON.value());
    }

    @Test
    public void aRefusedJoinRequest_leavesNoLine_andRequestsAndInvitationsAreTheLeadsToRead() {
        act(LEEDS_EDITOR);
        fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        long before = leadsView();
        // a second pending request breaks the unique row inside the transaction that also wrote the line
        assertThatThrownBy(() -> fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.OBSERVER, null))
                .isInstanceOf(Refusal.Conflict.class);
        assertThat(leadsView()).isEqualTo(before);

        act(VIEWER);
        assertThat(records.history(group, PageRequest.FIRST).items()).extracting(GroupHistoryEntry::what)
                .doesNotContain(What.JOIN_REQUESTED, What.INVITED).contains(What.INVITATION_ACCEPTED);
    }

    @Test
    public void anEntrysStatusReport_writesNoGroupLine() {
        act(ADMIN);
        SolutionKey entry = published("Missed bins");
        long before = leadsView();
        act(ADMIN);
        fixture.reporting.report(ReportSubject.of(entry), new StatusReportContent(LocalDate.ofInstant(
                fixture.register.clock.instant(), ZoneOffset.UTC), Rag.GREEN, "Live", null, null, null));
        assertThat(leadsView()).isEqualTo(before);
    }

    /** The group's newest line is the one given, and it is the only one added since the previous call. */
    private void assertNewLine(What what, String actorKey, CouncilCode council, String detail) {
        long total = leadsView();
        assertThat(total).as("lines after " + what).isEqualTo(linesSeen + 1);
        linesSeen = total;
        Actor acting = fixture.register.actor.current();
        act(ADMIN);
        assertThat(records.history(group, new PageRequest(0, 1)).items()).extracting(GroupHistoryEntry::what,
                GroupHistoryEntry::actorKey, GroupHistoryEntry::council, GroupHistoryEntry::detail)
                .containsExactly(tuple(what, actorKey, council, detail));
        act(acting);
    }

    /** How many lines the lead sees (read as an admin, who sees every line), then acting as before. */
    private long leadsView() {
        Actor acting = fixture.register.actor.current();
        act(ADMIN);
        long total = records.history(group, PageRequest.FIRST).total();
        act(acting);
        return total;
    }

    @Test
    public void history_showsDeclinedRequestsToTheLeadOnly() {
        act(LEEDS_EDITOR);
        JoinRequest asked = fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, "Please");
        act(BRIGHTON_EDITOR);
        fixture.joinRequests.declineJoin(group, asked.id(), "Full for now.");

        assertThat(records.history(group, PageRequest.FIRST).items()).extracting(GroupHistoryEntry::what)
                .startsWith(What.JOIN_DECLINED);
        act(VIEWER);
        assertThat(records.history(group, PageRequest.FIRST).items()).extracting(GroupHistoryEntry::what)
                .doesNotContain(What.JOIN_DECLINED);
    }

    @Test
    public void linkingGroups_followEveryWriteOfTheLinkedEntries() {
        act(ADMIN);
        SolutionKey first = published("Missed bins");
        SolutionKey second = published("Bulky waste");
        act(BRIGHTON_EDITOR);
        WorkingGroup linking = groups.create(aGroup().named("Bins forum").linking(first, second).build());
        groups.create(aGroup().named("Another forum").linking(first).build());
        LinkingGroups links = new AoLinkingGroups(fixture.register.db.ao());

        assertThat(links.linking(first, PageRequest.FIRST).items()).extracting(LinkingGroups.LinkingGroup::name)
                .containsExactly("Another forum", "Bins forum");
        groups.update(linking.key(), linking.version(), aGroup().named("Bins forum").linking(second).details());
        assertThat(links.linking(first, PageRequest.FIRST).items()).extracting(LinkingGroups.LinkingGroup::name)
                .containsExactly("Another forum");
        assertThat(links.linking(second, PageRequest.FIRST).items())
                .extracting(LinkingGroups.LinkingGroup::key, LinkingGroups.LinkingGroup::status)
                .containsExactly(tuple(linking.key().toString(), "forming"));
        // a save refused as stale leaves the links as they were
        assertThatThrownBy(() -> groups.update(linking.key(), linking.version(),
                aGroup().named("Bins forum").linking(first).details())).isInstanceOf(Refusal.StaleVersion.class);
        assertThat(links.linking(second, PageRequest.FIRST).total()).isEqualTo(1);
        assertThat(links.linking(first, PageRequest.FIRST).total()).isEqualTo(1);
    }

    private SolutionKey published(String name) {
        SolutionKey key = fixture.register.register.create(aSolution().named(name).build()).key();
        fixture.register.register.publish(key);
        return key;
    }

    private void act(Actor actor) {
        fixture.register.actor.actAs(actor);
    }
}
