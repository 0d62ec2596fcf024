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

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/** Asking to join a group and the lead council's decision, on a real database. */
public class JoinRequestsDbTest {

    static final CouncilCode CAMDEN = CouncilCode.of("E09000007");

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;
    private JoinRequests joins;
    private WorkingGroupKey group;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.register.councils.save(Council.active(CAMDEN.value(), "London Borough of Camden",
                CouncilType.LONDON_BOROUGH, "London"));
        target = fixture.groups;
        joins = fixture.joinRequests;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        group = target.create(aGroup().build()).key();
        fixture.register.actor.actAs(LEEDS_EDITOR);
    }

    @Test
    public void requestToJoin_isStoredAsPending() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, "We run the same system.");

        assertThat(request.state()).isEqualTo(JoinRequestState.PENDING);
        assertThat(request.requestedBy()).isEqualTo("user-leeds-editor");
        assertThat(joins.joinRequests(group, JoinRequestState.PENDING, PageRequest.FIRST).items())
                .containsExactly(request);
    }

    @Test
    public void requestToJoin_aSecondPendingRequestIsRefusedByTheDatabase() {
        joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);

        assertThatThrownBy(() -> joins.requestToJoin(group, LEEDS, MemberRole.OBSERVER, null))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.requestPending"));
        assertThat(joins.joinRequests(group, null, PageRequest.FIRST).total()).isEqualTo(1);
    }

    @Test
    public void requestToJoin_forACouncilTheUserDoesNotEditForIsRefused() {
        assertThatThrownBy(() -> joins.requestToJoin(group, HACKNEY, MemberRole.MEMBER, null))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void requestToJoin_byAMemberIsAConflict() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> joins.requestToJoin(group, HACKNEY, MemberRole.MEMBER, null))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.alreadyMember"));
    }

    @Test
    public void requestToJoin_asLeadIsRefusedNamingTheRole() {
        assertThatThrownBy(() -> joins.requestToJoin(group, LEEDS, MemberRole.LEAD, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("role", "connected-councils.workinggroup.error.leadRole")));
    }

    @Test
    public void requestToJoin_aClosedGroupIsAConflict() {
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        target.changeStatus(group, GroupStatus.CLOSED);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        assertThatThrownBy(() -> joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null))
                .isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void approveJoin_byLeadEditorAddsTheMembership() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        JoinRequest approved = joins.approveJoin(group, request.id());

        assertThat(approved.state()).isEqualTo(JoinRequestState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("user-brighton-editor");
        assertThat(target.members(group, PageRequest.FIRST).items()).extracting(Membership::council)
                .containsExactly(BRIGHTON, LEEDS, HACKNEY);
        assertThat(target.get(group).partnerCount()).isEqualTo(3);
    }

    @Test
    public void approveJoin_byAMemberCouncilEditorIsRefused() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> joins.approveJoin(group, request.id()))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThat(target.members(group, PageRequest.FIRST).total()).isEqualTo(2);
    }

    @Test
    public void declineJoin_needsAReason() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        assertThatThrownBy(() -> joins.declineJoin(group, request.id(), "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("reason", "connected-councils.error.required")));
        assertThat(joins.joinRequests(group, JoinRequestState.PENDING, PageRequest.FIRST).total()).isEqualTo(1);
    }

    @Test
    public void declineJoin_keepsTheReasonAndLetsTheCouncilAskAgain() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        JoinRequest declined = joins.declineJoin(group, request.id(), "Only unitary councils for now.");
        fixture.register.actor.actAs(LEEDS_EDITOR);
        JoinRequest again = joins.requestToJoin(group, LEEDS, MemberRole.OBSERVER, null);

        assertThat(declined.state()).isEqualTo(JoinRequestState.DECLINED);
        assertThat(declined.reason()).isEqualTo("Only unitary councils for now.");
        assertThat(again.state()).isEqualTo(JoinRequestState.PENDING);
        assertThat(target.members(group, PageRequest.FIRST).total()).isEqualTo(2);
    }

    @Test
    public void decide_twiceIsAConflict() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        joins.approveJoin(group, request.id());

        assertThatThrownBy(() -> joins.declineJoin(group, request.id(), "Changed our mind"))
                .isInstanceOfSatisfying(Refusal.Conflict.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.conflict.requestDecided"));
    }

    @Test
    public void approveJoin_ofARequestOfAnotherGroupIsNotFound() {
        JoinRequest request = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, null);
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        WorkingGroupKey other = target.create(aGroup().named("Other").build()).key();

        assertThatThrownBy(() -> joins.approveJoin(other, request.id()))
                .isInstanceOf(Refusal.NotFound.class);
    }

    @Test
    public void joinRequests_theLeadsEditorsSeeEveryCouncilsRequests() {
        joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, "Leeds asks");
        fixture.register.actor.actAs(Actor.editor("user-two-councils", LEEDS, CAMDEN));
        joins.requestToJoin(group, CAMDEN, MemberRole.OBSERVER, "Camden asks");
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        assertThat(joins.joinRequests(group, null, PageRequest.FIRST).items()).extracting(JoinRequest::council)
                .containsExactlyInAnyOrder(LEEDS, CAMDEN);
    }

    @Test
    public void joinRequests_anotherCouncilsEditorsSeeOnlyTheirOwnCouncilsWithTheDeclineReason() {
        JoinRequest leeds = joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, "Leeds asks");
        fixture.register.actor.actAs(Actor.editor("user-camden-editor", CAMDEN));
        joins.requestToJoin(group, CAMDEN, MemberRole.OBSERVER, "Camden asks");
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        joins.declineJoin(group, leeds.id(), "Not this year.");
        fixture.register.actor.actAs(LEEDS_EDITOR);

        assertThat(joins.joinRequests(group, null, PageRequest.FIRST).items())
                .extracting(JoinRequest::council, JoinRequest::reason)
                .containsExactly(tuple(LEEDS, "Not this year."));
    }

    @Test
    public void joinRequests_aViewerIsRefused() {
        joins.requestToJoin(group, LEEDS, MemberRole.MEMBER, "Leeds asks");
        fixture.register.actor.actAs(WorkingGroupsDbTest.VIEWER);

        assertThatThrownBy(() -> joins.joinRequests(group, null, PageRequest.FIRST))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.denied.notRequestReader"));
    }
}
