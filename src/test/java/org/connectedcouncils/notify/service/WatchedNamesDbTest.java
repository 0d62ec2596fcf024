package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.domain.WatchTarget.Type;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.LocalCouncilHomePages;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.junit.Before;
import org.junit.Test;

/**
 * Watched councils, groups and entries get their names from the real stores, one batch read per type: a missing
 * thing is left out (the page shows its key), and 30 watches cost as many statements as 3.
 */
public class WatchedNamesDbTest {

    private static final Actor EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WatchedNames target;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.register.actor.actAs(EDITOR);
        target = new WatchedNames(fixture.register.councils, fixture.groups, fixture.register.register,
                new LocalCouncilHomePages().withSpace(BRIGHTON, 77L));
    }

    @Test
    public void eachTypeIsNamed_theGroupWithItsProjectPage_theCouncilWithItsSpaceHome_andAMissingThingIsLeftOut() {
        WorkingGroup group = fixture.store.create(aGroup().named("Waste <b>partnership</b>").build(), "seed",
                fixture.register.clock.instant());
        fixture.store.linkProjectPage(group.key(), "CC", 4242L, fixture.register.clock.instant());
        SolutionKey entry = fixture.register.register.create(aSolution().named("Bin app & more").build()).key();
        WatchTarget council = WatchTarget.of(Type.COUNCIL, "E06000043");
        WatchTarget councilWithoutSpace = WatchTarget.of(Type.COUNCIL, "E09000012");
        WatchTarget groupTarget = WatchTarget.of(Type.GROUP, group.key());
        WatchTarget entryTarget = WatchTarget.of(Type.ENTRY, entry);
        List<WatchTarget> gone = List.of(WatchTarget.of(Type.COUNCIL, "E99999999"), WatchTarget.of(Type.GROUP,
                "WG-9999"), WatchTarget.of(Type.ENTRY, "CC-9999"), WatchTarget.of(Type.COUNCIL, "not a code"),
                WatchTarget.of(Type.SERVICE_AREA, "waste"));
        List<WatchTarget> all = new ArrayList<>(List.of(council, councilWithoutSpace, groupTarget, entryTarget));
        all.addAll(gone);

        Map<WatchTarget, WatchedNames.Named> named = target.of(all);

        assertThat(named.get(council)).isEqualTo(new WatchedNames.Named("Brighton and Hove City Council", 77L));
        assertThat(named.get(councilWithoutSpace)).isEqualTo(new WatchedNames.Named("London Borough of Hackney", null));
        assertThat(named.get(groupTarget)).isEqualTo(new WatchedNames.Named("Waste <b>partnership</b>", 4242L));
        assertThat(named.get(entryTarget)).isEqualTo(new WatchedNames.Named("Bin app & more", null));
        assertThat(named).doesNotContainKeys(gone.toArray(WatchTarget[]::new)).hasSize(4);
    }

    @Test
    public void thirtyWatches_costAsManyStatementsAsThree() {
        int few = statements(seed(1, 0));
        int many = statements(seed(11, 1));

        assertThat(few).isPositive();
        assertThat(many).isEqualTo(few);
    }

    /** Councils, groups and entries {@code from} to {@code to}, one watch target each. */
    private List<WatchTarget> seed(int to, int from) {
        List<WatchTarget> targets = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String code = "E0700%04d".formatted(i);
            fixture.register.councils.save(Council.active(code, "Council " + i, CouncilType.DISTRICT, "East"));
            targets.add(WatchTarget.of(Type.COUNCIL, code));
            targets.add(WatchTarget.of(Type.GROUP, fixture.store.create(aGroup().named("Group " + i).build(),
                    "seed", fixture.register.clock.instant()).key()));
            targets.add(WatchTarget.of(Type.ENTRY, fixture.register.register.create(aSolution().named("Entry " + i)
                    .build()).key()));
        }
        return targets;
    }

    private int statements(List<WatchTarget> targets) {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            assertThat(target.of(targets)).hasSize(targets.size());
            return counter.count();
        }
    }
}
