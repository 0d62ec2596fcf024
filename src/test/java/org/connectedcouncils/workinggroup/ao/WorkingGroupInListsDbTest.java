package org.connectedcouncils.workinggroup.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.junit.Before;
import org.junit.Test;

/**
 * The working-group reads that take a set of councils or groups (a reader's councils, a page of watched groups) take
 * more than an IN list holds (1,000, Oracle's limit): a read by key cuts them into a statement per 1,000, a paged read
 * keeps its page and count, the lists OR-ed in one condition.
 */
public class WorkingGroupInListsDbTest {

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private final AoInvitationStore invitations = new AoInvitationStore(fixture.register.db.ao());
    private final AoJoinRequestStore joins = new AoJoinRequestStore(fixture.register.db.ao());
    private WorkingGroupKey group;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.register.actor.actAs(Actor.editor("user-brighton-editor", BRIGHTON));
        group = fixture.services.groups().create(aGroup().withMembers(HACKNEY).build()).key();
        fixture.register.actor.actAs(Actor.editor("user-leeds-editor", LEEDS));
        fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, "We run the same system.");
    }

    /** 1,200 absent councils with {@code present} among them, first and last. */
    private static Set<CouncilCode> manyCouncilsWith(CouncilCode... present) {
        Set<CouncilCode> councils = new HashSet<>(List.of(present));
        for (int i = 0; i < 1_200; i++) {
            councils.add(CouncilCode.of(String.format("X%05d", i)));
        }
        return councils;
    }

    @Test
    public void membershipsOf_moreCouncilsThanAnInListHolds_isTheirMemberships_inAStatementPerThousand() {
        List<Membership> memberships;
        try (SqlCounter sql = SqlCounter.on(fixture.register.db.entityManager())) {
            memberships = fixture.store.membershipsOf(group, manyCouncilsWith(BRIGHTON, LEEDS));
            assertThat(sql.count()).as("1,202 councils: two IN lists, two statements").isEqualTo(2);
        }

        assertThat(memberships).extracting(Membership::council).containsExactly(BRIGHTON);
    }

    @Test
    public void findAllAndNames_moreKeysThanAnInListHolds_areTheGroupsThatExist_inAStatementPerThousand() {
        List<WorkingGroupKey> keys = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            keys.add(WorkingGroupKey.of(group.number() + i));
        }
        keys.add(group);

        try (SqlCounter sql = SqlCounter.on(fixture.register.db.entityManager())) {
            assertThat(fixture.store.findAll(keys)).containsOnlyKeys(group);
            assertThat(fixture.store.names(keys)).containsOnlyKeys(group);
            assertThat(sql.count()).as("1,201 keys: two IN lists, two statements a read").isEqualTo(4);
        }
    }

    @Test
    public void listInAnyOf_moreCouncilsThanAnInListHolds_isThePageAndItsCount() {
        Page<WorkingGroup> page;
        try (SqlCounter sql = SqlCounter.on(fixture.register.db.entityManager())) {
            page = fixture.store.list(WorkingGroupQuery.all().inAnyOf(manyCouncilsWith(BRIGHTON)));
            assertThat(sql.count()).as("the page and its count, the lists OR-ed in each").isEqualTo(2);
        }

        assertThat(page.items()).extracting(WorkingGroup::key).containsExactly(group);
        assertThat(page.total()).isEqualTo(1);
        assertThat(fixture.store.list(WorkingGroupQuery.all().inAnyOf(manyCouncilsWith())).total()).isZero();
    }

    @Test
    public void invitationsAndJoinRequests_ofMoreCouncilsThanAnInListHolds_areThePageAndItsCount() {
        Page<Invitation> invited = invitations.list(group, null, manyCouncilsWith(HACKNEY), PageRequest.FIRST);
        Page<JoinRequest> requests = joins.joinRequests(group, null, manyCouncilsWith(LEEDS), PageRequest.FIRST);

        assertThat(invited.items()).extracting(Invitation::council).containsExactly(HACKNEY);
        assertThat(invited.total()).isEqualTo(1);
        assertThat(requests.items()).extracting(JoinRequest::council).containsExactly(LEEDS);
        assertThat(requests.total()).isEqualTo(1);
        assertThat(invitations.list(group, null, manyCouncilsWith(LEEDS), PageRequest.FIRST).total()).isZero();
        assertThat(joins.joinRequests(group, null, manyCouncilsWith(HACKNEY), PageRequest.FIRST).total()).isZero();
    }
}
