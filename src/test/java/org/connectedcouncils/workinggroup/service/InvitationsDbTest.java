package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.HACKNEY_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.LEEDS_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.VIEWER;

import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.Races;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.junit.Before;
import org.junit.Test;

/** Membership and the lead offered by one council and accepted by the other, on a real database. */
public class InvitationsDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups groups;
    private Invitations invitations;
    private WorkingGroupKey group;

    @Before
    public void setUp() {
        fixture.reset();
        groups = fixture.services.groups();
        invitations = fixture.invitations;
        act(BRIGHTON_EDITOR);
        group = groups.create(aGroup().withMembers(HACKNEY).build()).key();
    }

    @Test
    public void create_invitesTheNamedCouncilsInsteadOfAddingThem() {
        assertThat(members()).containsExactly(BRIGHTON);
        assertThat(groups.get(group).partnerCount()).isEqualTo(1);
        assertThat(invitations.invitations(group, null, PageRequest.FIRST).items())
                .extracting(Invitation::council, Invitation::role, Invitation::state, Invitation::invitedBy)
                .containsExactly(tuple(HACKNEY, MemberRole.MEMBER,
                        InvitationState.PENDING, "user-brighton-editor"));
    }

    @Test
    public void pendingFor_listsACouncilsWaitingInvitationsWithTheirGroupsNamesForItsEditorsOnly() {
        WorkingGroupKey second = groups.create(aGroup().named("Second forum").withMembers(HACKNEY).build()).key();
        act(HACKNEY_EDITOR);
        invitations.decline(second, pendingId(second, HACKNEY), null);

        var waiting = invitations.pendingFor(HACKNEY, PageRequest.FIRST);

        assertThat(waiting.items()).extracting(Invitation::group, Invitation::state)
                .containsExactly(tuple(group, InvitationState.PENDING));
        assertThat(invitations.groupNames(waiting)).containsOnlyKeys(group);
        act(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> invitations.pendingFor(HACKNEY, PageRequest.FIRST))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void create_byAnAdminAddsTheNamedCouncilsAtOnce() {
        act(ADMIN);
        WorkingGroup direct = groups.create(aGroup().named("Direct").withMembers(HACKNEY).build());

        assertThat(direct.partnerCount()).isEqualTo(2);
        assertThat(invitations.invitations(direct.key(), null, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void accept_byTheInvitedCouncilsEditorsMakesItAMember() {
        act(HACKNEY_EDITOR);
        Invitation accepted = invitations.accept(group, pendingId(HACKNEY));

        assertThat(accepted.state()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("user-hackney-editor");
        assertThat(members()).containsExactly(BRIGHTON, HACKNEY);
        assertThat(groups.get(group).partnerCount()).isEqualTo(2);
    }

    @Test
    public void accept_byTheLeadOrAnotherCouncilIsRefused() {
        long id = pendingId(HACKNEY);
        act(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> invitations.accept(group, id)).isInstanceOf(Refusal.NotAllowed.class);
        act(LEEDS_EDITOR);
        assertThatThrownBy(() -> invitations.accept(group, id)).isInstanceOf(Refusal.NotAllowed.class);
        assertThat(members()).containsExactly(BRIGHTON);
    }

    @Test
    public void decline_keepsTheReasonForTheLeadAndTheInvitedCouncilOnly() {
        act(HACKNEY_EDITOR);
        invitations.decline(group, pendingId(HACKNEY), "Not this year.");
        act(BRIGHTON_EDITOR);
        invitations.invite(group, LEEDS, MemberRole.OBSERVER);

        assertThat(invitations.invitations(group, null, PageRequest.FIRST).total()).isEqualTo(2);
        act(HACKNEY_EDITOR);
        assertThat(invitations.invitations(group, null, PageRequest.FIRST).items())
                .extracting(Invitation::council, Invitation::reason)
                .containsExactly(tuple(HACKNEY, "Not this year."));
        act(VIEWER);
        assertThatThrownBy(() -> invitations.invitations(group, null, PageRequest.FIRST))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThat(members()).containsExactly(BRIGHTON);
    }

    @Test
    public void invite_aSecondPendingInvitationOrAMemberIsAConflict() {
        assertThatThrownBy(() -> invitations.invite(group, HACKNEY, MemberRole.OBSERVER))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.invitationPending"));
        assertThatThrownBy(() -> invitations.invite(group, BRIGHTON, MemberRole.MEMBER))
                .isInstanceOf(Refusal.Conflict.class);
        act(HACKNEY_EDITOR);
        assertThatThrownBy(() -> invitations.invite(group, LEEDS, MemberRole.MEMBER))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void theLead_isOfferedToAMemberAndChangesWhenItAccepts() {
        act(HACKNEY_EDITOR);
        invitations.accept(group, pendingId(HACKNEY));
        act(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> invitations.invite(group, LEEDS, MemberRole.LEAD))
                .isInstanceOf(Refusal.Conflict.class);
        Invitation offer = invitations.invite(group, HACKNEY, MemberRole.LEAD);
        assertThat(groups.get(group).leadCouncil()).isEqualTo(BRIGHTON);

        act(HACKNEY_EDITOR);
        invitations.accept(group, offer.id());

        assertThat(groups.get(group).leadCouncil()).isEqualTo(HACKNEY);
        assertThat(groups.members(group, PageRequest.FIRST).items()).extracting(Membership::council,
                Membership::role).containsExactly(tuple(HACKNEY, MemberRole.LEAD),
                        tuple(BRIGHTON, MemberRole.MEMBER));
    }

    @Test
    public void directAddAndHandOver_areForAdminsOnly() {
        assertThatThrownBy(() -> groups.addMember(group, LEEDS, MemberRole.MEMBER))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.denied.inviteInstead"));
        assertThatThrownBy(() -> groups.handOverLead(group, HACKNEY)).isInstanceOf(Refusal.NotAllowed.class);
        act(ADMIN);
        groups.addMember(group, LEEDS, MemberRole.MEMBER);
        assertThat(members()).containsExactly(BRIGHTON, LEEDS);
    }

    @Test
    public void fundingBid_oneCouncilNamingPartnersCannotMeetTheThreePartnerRuleAlone() {
        WorkingGroupKey bid = groups.create(aGroup().named("Bid").fundingBid().withMembers(HACKNEY, LEEDS).build())
                .key();

        assertThatThrownBy(() -> groups.changeStatus(bid, GroupStatus.ACTIVE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(
                        FieldError::code).containsExactly(WorkingGroupValidator.TOO_FEW_PARTNERS));
        act(HACKNEY_EDITOR);
        invitations.accept(bid, pendingId(bid, HACKNEY));
        act(LEEDS_EDITOR);
        invitations.accept(bid, pendingId(bid, LEEDS));
        act(BRIGHTON_EDITOR);
        assertThat(groups.changeStatus(bid, GroupStatus.ACTIVE).status()).isEqualTo(GroupStatus.ACTIVE);
    }

    @Test
    public void acceptAndDeclineAtOnce_exactlyOneWins() {
        act(Actor.editor("user-hackney-and-leeds", HACKNEY, LEEDS));
        for (int round = 0; round < 5; round++) {
            act(BRIGHTON_EDITOR);
            WorkingGroupKey key = groups.create(aGroup().named("Round " + round).withMembers(HACKNEY).build()).key();
            long id = pendingId(key, HACKNEY);
            act(HACKNEY_EDITOR);

            List<Object> outcomes = Races.all(List.of(() -> invitations.accept(key, id),
                    () -> invitations.decline(key, id, null)));

            assertThat(Races.successes(outcomes)).as("round %d: %s", round, outcomes).isEqualTo(1);
            assertThat(outcomes).filteredOn(o -> o instanceof Throwable)
                    .allSatisfy(o -> assertThat(o).isInstanceOf(Refusal.Conflict.class));
            boolean accepted = invitations.invitations(key, InvitationState.ACCEPTED, PageRequest.FIRST).total() == 1;
            assertThat(groups.get(key).partnerCount()).as("round %d", round).isEqualTo(accepted ? 2 : 1);
        }
    }

    private long pendingId(CouncilCode council) {
        return pendingId(group, council);
    }

    private long pendingId(WorkingGroupKey key, CouncilCode council) {
        Actor caller = fixture.register.actor.current();
        act(ADMIN);
        try {
            return invitations.invitations(key, InvitationState.PENDING, PageRequest.FIRST).items().stream()
                    .filter(i -> i.council().equals(council)).findFirst().orElseThrow().id();
        } finally {
            act(caller);
        }
    }

    private List<CouncilCode> members() {
        return groups.members(group, PageRequest.FIRST).items().stream().map(Membership::council).toList();
    }

    private void act(Actor actor) {
        fixture.register.actor.actAs(actor);
    }
}
