package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.util.List;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.junit.Before;
import org.junit.Test;

/** Groups, memberships and the group rules end to end on a real database (H2, or PostgreSQL). */
public class WorkingGroupsDbTest {

    static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    static final Actor LEEDS_EDITOR = Actor.editor("user-leeds-editor", LEEDS);
    static final Actor VIEWER = Actor.viewer("user-viewer");

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;
    private StatusReports reporting;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.groups;
        reporting = fixture.reporting;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
    }

    @Test
    public void create_storesFormingGroupWithLeadAndMembers() {
        NewWorkingGroup group = aGroup().build();

        WorkingGroup created = target.create(group);

        fixture.register.actor.actAs(VIEWER);
        WorkingGroup read = target.get(created.key());
        assertThat(read.key().toString()).startsWith("WG-");
        assertThat(read.details()).isEqualTo(group.details());
        assertThat(read.leadCouncil()).isEqualTo(BRIGHTON);
        assertThat(read.status()).isEqualTo(GroupStatus.FORMING);
        assertThat(read.partnerCount()).isEqualTo(2);
        assertThat(read.version()).isEqualTo(1);
        assertThat(target.members(created.key(), PageRequest.FIRST).items())
                .extracting(Membership::council, Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BRIGHTON, MemberRole.LEAD),
                        org.assertj.core.groups.Tuple.tuple(HACKNEY, MemberRole.MEMBER));
    }

    @Test
    public void create_withoutLeadCouncilIsRefusedNamingTheField() {
        NewWorkingGroup noLead = aGroup().ledBy(null).build();

        assertThatThrownBy(() -> target.create(noLead))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .contains(FieldError.of("leadCouncil", "connected-councils.error.required")));
        assertThat(target.list(WorkingGroupQuery.all()).total()).isZero();
    }

    @Test
    public void create_reportsEveryBrokenRuleAndWritesNothing() {
        NewWorkingGroup bad = aGroup().named(" ").withAim("").inAreas("not-an-area").withMembers(BRIGHTON).build();

        assertThatThrownBy(() -> target.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("name", "connected-councils.error.required"),
                                org.assertj.core.groups.Tuple.tuple("aim", "connected-councils.error.required"),
                                org.assertj.core.groups.Tuple.tuple("serviceAreas",
                                        "connected-councils.error.serviceArea"),
                                org.assertj.core.groups.Tuple.tuple("memberCouncils",
                                        "connected-councils.workinggroup.error.leadListedAsMember")));
        assertThat(target.list(WorkingGroupQuery.all()).total()).isZero();
    }

    @Test
    public void create_linkingAnEntryTheUserCannotSeeIsRefused() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        SolutionKey hackneyDraft = fixture.register.register.create(aSolution().ownedBy(HACKNEY)
                .withKeyContact("user-hackney-editor").build()).key();
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        assertThatThrownBy(() -> target.create(aGroup().linking(hackneyDraft).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("linkedSolutions", "connected-councils.workinggroup.error.solution",
                                hackneyDraft.toString())));
    }

    @Test
    public void create_forACouncilTheUserDoesNotEditForIsRefused() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.create(aGroup().ledBy(BRIGHTON).build()))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void anonymous_isAskedToSignIn() {
        fixture.register.actor.actAs(Actor.anonymous());

        assertThatThrownBy(() -> target.list(WorkingGroupQuery.all()))
                .isInstanceOf(Refusal.NotAuthenticated.class);
    }

    @Test
    public void update_byMemberCouncilEditorIsRefused() {
        WorkingGroup group = target.create(aGroup().build());
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.update(group.key(), 1, aGroup().named("Taken over").details()))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.denied.notLeadEditor"));
    }

    @Test
    public void update_fromAnOlderVersionIsStale() {
        WorkingGroup group = target.create(aGroup().build());
        target.update(group.key(), 1, aGroup().named("Renamed").details());

        assertThatThrownBy(() -> target.update(group.key(), 1, aGroup().named("Again").details()))
                .isInstanceOfSatisfying(Refusal.StaleVersion.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
    }

    @Test
    public void update_changesDetailsAndServiceAreaFilter() {
        WorkingGroup group = target.create(aGroup().inAreas("waste").build());

        target.update(group.key(), 1, aGroup().inAreas("housing").details());

        WorkingGroupQuery housing = new WorkingGroupQuery(null, "housing", null, null, null, null, null);
        WorkingGroupQuery waste = new WorkingGroupQuery(null, "waste", null, null, null, null, null);
        assertThat(target.list(housing).items()).extracting(WorkingGroup::key).containsExactly(group.key());
        assertThat(target.list(waste).total()).isZero();
    }

    @Test
    public void membership_isUniquePerGroupAndCouncilInTheDatabase() {
        WorkingGroup group = target.create(aGroup().build());
        Membership again = new Membership(group.key(), HACKNEY, MemberRole.OBSERVER,
                fixture.register.clock.instant(), "someone");

        assertThatThrownBy(() -> fixture.store.addMember(again, fixture.register.clock.instant()))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.alreadyMember"));
        assertThat(target.members(group.key(), PageRequest.FIRST).total()).isEqualTo(2);
    }

    @Test
    public void addMember_observerDoesNotCountAsPartner() {
        WorkingGroup group = target.create(aGroup().build());

        target.addMember(group.key(), LEEDS, MemberRole.OBSERVER);

        assertThat(target.get(group.key()).partnerCount()).isEqualTo(2);
        assertThat(target.members(group.key(), PageRequest.FIRST).total()).isEqualTo(3);
    }

    @Test
    public void removeMember_leadCannotLeaveWithoutHandingOver() {
        WorkingGroup group = target.create(aGroup().build());

        assertThatThrownBy(() -> target.removeMember(group.key(), BRIGHTON))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.leadMustHandOver"));
        assertThat(target.get(group.key()).leadCouncil()).isEqualTo(BRIGHTON);
    }

    @Test
    public void removeMember_memberCouncilEditorsCanLeave() {
        WorkingGroup group = target.create(aGroup().build());
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        target.removeMember(group.key(), HACKNEY);

        assertThat(target.get(group.key()).partnerCount()).isEqualTo(1);
        assertThat(target.members(group.key(), PageRequest.FIRST).items()).extracting(Membership::council)
                .containsExactly(BRIGHTON);
    }

    @Test
    public void removeMember_takingAnActiveFundingBidBelowThreePartnersPutsItBackToForming() {
        WorkingGroup bid = target.create(aGroup().withMembers(HACKNEY, LEEDS).fundingBid().build());
        target.changeStatus(bid.key(), GroupStatus.ACTIVE);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        target.removeMember(bid.key(), LEEDS);

        WorkingGroup after = target.get(bid.key());
        assertThat(after.partnerCount()).isEqualTo(2);
        assertThat(after.status()).isEqualTo(GroupStatus.FORMING);
    }

    @Test
    public void changeRole_toObserverInAnActiveFundingBidAtThreePartnersPutsItBackToForming() {
        WorkingGroup bid = target.create(aGroup().withMembers(HACKNEY, LEEDS).fundingBid().build());
        target.changeStatus(bid.key(), GroupStatus.ACTIVE);

        target.changeRole(bid.key(), LEEDS, MemberRole.OBSERVER);

        assertThat(target.get(bid.key()).status()).isEqualTo(GroupStatus.FORMING);
    }

    @Test
    public void removeMember_leavesTheStatusAloneWhenEnoughPartnersRemainOrTheGroupIsNoBid() {
        fixture.register.councils.save(Council.active("E06000014", "City of York Council", CouncilType.UNITARY,
                "Yorkshire and The Humber"));
        WorkingGroup bid = target.create(aGroup().named("Bid").withMembers(HACKNEY, LEEDS, CouncilCode.of("E06000014")).fundingBid()
                .build());
        target.changeStatus(bid.key(), GroupStatus.ACTIVE);
        WorkingGroup forum = target.create(aGroup().named("Forum").withMembers(HACKNEY, LEEDS).build());
        target.changeStatus(forum.key(), GroupStatus.ACTIVE);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        target.removeMember(bid.key(), LEEDS);
        target.removeMember(forum.key(), LEEDS);

        assertThat(target.get(bid.key()).status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(target.get(forum.key()).status()).isEqualTo(GroupStatus.ACTIVE);
    }

    @Test
    public void removeMember_byEditorOfAnUninvolvedCouncilIsRefused() {
        WorkingGroup group = target.create(aGroup().build());
        fixture.register.actor.actAs(LEEDS_EDITOR);

        assertThatThrownBy(() -> target.removeMember(group.key(), HACKNEY))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void changeRole_ofTheLeadIsRefused() {
        WorkingGroup group = target.create(aGroup().build());

        assertThatThrownBy(() -> target.changeRole(group.key(), BRIGHTON, MemberRole.OBSERVER))
                .isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void handOverLead_swapsRolesSoTheFormerLeadCanLeave() {
        WorkingGroup group = target.create(aGroup().build());

        WorkingGroup handedOver = target.handOverLead(group.key(), HACKNEY);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        target.removeMember(group.key(), BRIGHTON);

        assertThat(handedOver.leadCouncil()).isEqualTo(HACKNEY);
        assertThat(target.members(group.key(), PageRequest.FIRST).items())
                .extracting(Membership::council, Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HACKNEY, MemberRole.LEAD));
        assertThat(target.get(group.key()).partnerCount()).isEqualTo(1);
    }

    @Test
    public void handOverLead_toACouncilOutsideTheGroupIsRefused() {
        WorkingGroup group = target.create(aGroup().build());

        assertThatThrownBy(() -> target.handOverLead(group.key(), LEEDS))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.notMember"));
    }

    // ---- Local Digital Fund rules ------------------------------------------------------------------------------

    @Test
    public void fundingBid_aCouncilMayLeadTwoOpenBidsByDefault() {
        target.create(aGroup().named("Bid one").fundingBid().build());
        target.create(aGroup().named("Bid two").fundingBid().build());

        assertThatThrownBy(() -> target.create(aGroup().named("Bid three").fundingBid().build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("leadCouncil", "connected-councils.workinggroup.error.leadLimit",
                                BRIGHTON.value(), 2)));
        assertThat(target.create(aGroup().named("Not a bid").build())).isNotNull();
    }

    @Test
    public void fundingBid_concurrentCreatesCannotPassTheLeadLimitTogether() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<WorkingGroup>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "Bid " + i;
                // The real service, not CouncilsAgree's wrapper: that one switches the fixture's one actor to an
                // admin and back around each create, which races between threads.
                attempts.add(pool.submit(() -> fixture.services.groups().create(
                        aGroup().named(name).fundingBid().build())));
            }
            int created = 0;
            int refused = 0;
            for (java.util.concurrent.Future<WorkingGroup> attempt : attempts) {
                try {
                    attempt.get();
                    created++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ValidationException.class);
                    refused++;
                }
            }

            assertThat(created).isEqualTo(2);
            assertThat(refused).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void fundingBid_leadLimitComesFromSettings() {
        fixture.maxFundingBidLeads = 1;
        target.create(aGroup().named("Bid one").fundingBid().build());

        assertThatThrownBy(() -> target.create(aGroup().named("Bid two").fundingBid().build()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    public void fundingBid_closedBidsDoNotCountTowardsTheLimit() {
        fixture.maxFundingBidLeads = 1;
        WorkingGroup first = target.create(aGroup().named("Bid one").fundingBid().build());
        target.changeStatus(first.key(), GroupStatus.CLOSED);

        WorkingGroup second = target.create(aGroup().named("Bid two").fundingBid().build());

        assertThat(second.isFundingBid()).isTrue();
        assertThatThrownBy(() -> target.changeStatus(first.key(), GroupStatus.FORMING))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("status"));
    }

    @Test
    public void fundingBid_handingTheLeadToACouncilAtItsLimitIsRefused() {
        fixture.maxFundingBidLeads = 1;
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        target.create(aGroup().named("Hackney bid").ledBy(HACKNEY).withMembers(LEEDS).fundingBid().build());
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        WorkingGroup brightonBid = target.create(aGroup().named("Brighton bid").fundingBid().build());

        assertThatThrownBy(() -> target.handOverLead(brightonBid.key(), HACKNEY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("councilCode", "connected-councils.workinggroup.error.leadLimit",
                                HACKNEY.value(), 1)));
    }

    @Test
    public void fundingBid_changingModelToBidAtTheLimitIsRefused() {
        fixture.maxFundingBidLeads = 1;
        target.create(aGroup().named("Bid one").fundingBid().build());
        WorkingGroup other = target.create(aGroup().named("Forum").build());

        assertThatThrownBy(() -> target.update(other.key(), 1, aGroup().named("Forum").fundingBid().details()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("model"));
    }

    @Test
    public void fundingBid_needsThreePartnerCouncilsBeforeItIsActive() {
        WorkingGroup bid = target.create(aGroup().fundingBid().build());
        target.addMember(bid.key(), LEEDS, MemberRole.OBSERVER);

        assertThatThrownBy(() -> target.changeStatus(bid.key(), GroupStatus.ACTIVE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("status", "connected-councils.workinggroup.error.tooFewPartners", 3, 2)));
        assertThat(target.get(bid.key()).status()).isEqualTo(GroupStatus.FORMING);
    }

    @Test
    public void fundingBid_withThreePartnersCanBeActive() {
        WorkingGroup bid = target.create(aGroup().fundingBid().withMembers(HACKNEY, LEEDS).build());

        WorkingGroup active = target.changeStatus(bid.key(), GroupStatus.ACTIVE);

        assertThat(active.status()).isEqualTo(GroupStatus.ACTIVE);
        assertThat(active.partnerCount()).isEqualTo(3);
    }

    @Test
    public void otherModels_canBeActiveWithFewerPartners() {
        WorkingGroup forum = target.create(aGroup().withModel(CollaborationModel.CO_DEVELOPMENT).withMembers()
                .build());

        assertThat(target.changeStatus(forum.key(), GroupStatus.ACTIVE).status()).isEqualTo(GroupStatus.ACTIVE);
    }

    @Test
    public void fundingBid_activeGroupCannotSwitchToBidWithTooFewPartners() {
        WorkingGroup forum = target.create(aGroup().build());
        target.changeStatus(forum.key(), GroupStatus.ACTIVE);

        assertThatThrownBy(() -> target.update(forum.key(), 2, aGroup().fundingBid().details()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("model", "connected-councils.workinggroup.error.tooFewPartners", 3, 2)));
    }

    // ---- lists -------------------------------------------------------------------------------------------------

    @Test
    public void list_filtersByCouncilModelAndStatusAndPages() {
        WorkingGroup forum = target.create(aGroup().named("B forum").build());
        WorkingGroup bid = target.create(aGroup().named("A bid").fundingBid().withMembers(LEEDS).build());

        WorkingGroupQuery byLeeds = new WorkingGroupQuery(LEEDS, null, null, null, null, null, null);
        WorkingGroupQuery bids = new WorkingGroupQuery(null, null, CollaborationModel.FUNDING_BID_CONSORTIUM, null,
                null, null, null);
        WorkingGroupQuery active = new WorkingGroupQuery(null, null, null, GroupStatus.ACTIVE, null, null, null);

        assertThat(target.list(byLeeds).items()).extracting(WorkingGroup::key).containsExactly(bid.key());
        assertThat(target.list(bids).items()).extracting(WorkingGroup::key).containsExactly(bid.key());
        assertThat(target.list(active).total()).isZero();
        assertThat(target.list(WorkingGroupQuery.all().withPage(new PageRequest(1, 1))).items())
                .extracting(WorkingGroup::key).containsExactly(forum.key());
    }

    @Test
    public void accessTo_tellsWhichButtonsWork() {
        WorkingGroup group = target.create(aGroup().build());

        GroupAccess lead = target.accessTo(group.key());
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        GroupAccess member = target.accessTo(group.key());
        fixture.register.actor.actAs(LEEDS_EDITOR);
        GroupAccess outsider = target.accessTo(group.key());

        assertThat(List.of(lead.manage(), lead.report())).containsExactly(true, true);
        assertThat(List.of(member.manage(), member.report())).containsExactly(false, true);
        assertThat(member.mayRequestToJoinFor()).isEmpty();
        assertThat(List.of(outsider.manage(), outsider.report())).containsExactly(false, false);
        assertThat(outsider.mayRequestToJoinFor()).containsExactly(LEEDS);
    }

    @Test
    public void summary_bringsGroupMembersLatestReportAndAccessTogether() {
        WorkingGroup group = target.create(aGroup().build());
        reporting.report(org.connectedcouncils.workinggroup.domain.ReportSubject.of(group.key()),
                StatusReportsDbTest.report(java.time.LocalDate.of(2026, 10, 30),
                        org.connectedcouncils.workinggroup.domain.Rag.GREEN, "Going well"));
        fixture.register.actor.actAs(LEEDS_EDITOR);

        GroupSummary summary = target.summary(group.key(), PageRequest.FIRST);

        assertThat(summary.group().key()).isEqualTo(group.key());
        assertThat(summary.members().items()).extracting(Membership::council).containsExactly(BRIGHTON, HACKNEY);
        assertThat(summary.latestReport()).hasValueSatisfying(r -> assertThat(r.content().summary())
                .isEqualTo("Going well"));
        assertThat(summary.access().mayRequestToJoinFor()).containsExactly(LEEDS);
        assertThat(summary.access().manage()).isFalse();
    }
}
