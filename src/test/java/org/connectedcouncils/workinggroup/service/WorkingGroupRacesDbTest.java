package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.util.List;
import java.util.concurrent.Callable;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.testing.Races;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/** Writes to one group or request at the same moment, on a real database: exactly one wins, the rest are refused. */
public class WorkingGroupRacesDbTest {

    /** Edits for both councils, so one actor (shared by every thread) can ask, decide and accept. */
    private static final Actor BOTH = Actor.editor("user-brighton-and-leeds", BRIGHTON, LEEDS);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();

    @Before
    public void setUp() {
        fixture.reset();
        fixture.register.actor.actAs(BOTH);
    }

    @Test
    public void fiftyParallelEditsOfOneVersion_exactlyOneSucceeds() {
        WorkingGroup group = fixture.groups.create(aGroup().build());

        List<Object> outcomes = Races.all(java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> (Callable<WorkingGroup>) () -> fixture.groups.update(group.key(), 1,
                        aGroup().named("Edit " + i).details()))
                .toList());

        assertThat(Races.successes(outcomes)).isEqualTo(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Throwable)
                .allSatisfy(o -> assertThat(o).isInstanceOf(Refusal.StaleVersion.class));
        WorkingGroup after = fixture.groups.get(group.key());
        assertThat(after.version()).isEqualTo(2);
        assertThat(outcomes).filteredOn(o -> o instanceof WorkingGroup).singleElement()
                .satisfies(o -> assertThat(((WorkingGroup) o).details().name()).isEqualTo(after.details().name()));
    }

    @Test
    public void approveAndDeclineOfOneRequest_exactlyOneWins() {
        for (int round = 0; round < 8; round++) {
            WorkingGroupKey key = fixture.groups.create(aGroup().named("Round " + round).build()).key();
            JoinRequest request = fixture.joinRequests.requestToJoin(key, LEEDS, MemberRole.MEMBER, null);

            List<Object> outcomes = Races.all(List.of(
                    () -> fixture.joinRequests.approveJoin(key, request.id()),
                    () -> fixture.joinRequests.declineJoin(key, request.id(), "No room")));

            assertThat(Races.successes(outcomes)).as("round %d: %s", round, outcomes).isEqualTo(1);
            assertThat(outcomes).filteredOn(o -> o instanceof Throwable)
                    .allSatisfy(o -> assertThat(o).isInstanceOf(Refusal.Conflict.class));
            JoinRequest decided = fixture.joinRequests.joinRequests(key, null, PageRequest.FIRST).items().get(0);
            boolean member = fixture.groups.members(key, PageRequest.FIRST).items().stream()
                    .anyMatch(m -> m.council().equals(LEEDS));
            assertThat(member).as("round %d", round).isEqualTo(decided.state() == JoinRequestState.APPROVED);
        }
    }

    @Test
    public void groupsCreatedAtOnceThroughCouncilsAgree_eachAcceptsItsInvitationsAsItsOwnCaller() {
        List<Races.Outcome<List<Object>>> outcomes = Races.race(java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> (Callable<List<Object>>) () -> {
                    WorkingGroup created = fixture.groups.create(aGroup().named("Together " + i).build());
                    fixture.groups.addMember(created.key(), LEEDS, MemberRole.MEMBER);
                    return List.of(created, fixture.register.actor.current());
                }).toList());

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.failure()).isNull();
            WorkingGroup created = (WorkingGroup) o.value().get(0);
            // The wrapper acts as the invited council on its own thread only: no thread ran as another's actor.
            assertThat(created.createdBy()).isEqualTo(BOTH.userKey());
            assertThat(o.value().get(1)).isEqualTo(BOTH);
            assertThat(fixture.groups.members(created.key(), PageRequest.FIRST).items())
                    .extracting(m -> m.council()).contains(BRIGHTON, HACKNEY, LEEDS);
        });
        assertThat(fixture.register.actor.current()).isEqualTo(BOTH);
    }
}
