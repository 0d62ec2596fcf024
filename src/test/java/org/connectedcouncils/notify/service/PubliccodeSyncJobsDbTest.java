package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.StoredConfirmationPolicy;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.PubliccodeSyncRun;
import org.connectedcouncils.register.service.RegisterFreshness;
import org.connectedcouncils.testing.DemoCouncilEditors;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/**
 * The nightly sync job: a sync that starts failing tells the owner council's editors once (a freshness
 * notification linking to the entry); the same failure on later nights, or a success, tells no one. The sync run
 * itself is the register's port, here giving the failures the test decides (RepositorySyncDbTest covers the run).
 */
public class PubliccodeSyncJobsDbTest {

    private final RegisterFixture fixture = new RegisterFixture();
    private final List<PubliccodeSyncRun.Failure> tonight = new ArrayList<>();
    private AoNotificationStore store;
    private PubliccodeSyncJobs target;

    @Before
    public void setUp() {
        fixture.reset();
        store = new AoNotificationStore(fixture.db.ao());
        RegisterFreshness register = new RegisterFreshness(fixture.store,
                new StoredConfirmationPolicy(new AoSettingsStore(fixture.db.ao())), fixture.clock);
        target = new PubliccodeSyncJobs(() -> List.copyOf(tonight), register,
                new FreshnessRecipients(new DemoPeople(), new DemoCouncilEditors()), store, fixture.clock);
    }

    @Test
    public void aSyncThatStartsFailing_tellsTheOwnersEditorsOnce() {
        fixture.actor.actAs(DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR));
        Solution entry = fixture.register.publish(fixture.register.create(aSolution().named("Bin finder")
                .build()).key());
        fixture.actor.actAs(Actor.anonymous());
        List<PubliccodeSync.Problem> problems = List.of(new PubliccodeSync.Problem("name", 2, "x", List.of()),
                new PubliccodeSync.Problem("url", 3, "y", List.of()));

        assertThat(target.run()).as("nothing failed").isZero();
        tonight.add(new PubliccodeSyncRun.Failure(entry.key(), problems, true));
        int first = target.run();
        tonight.set(0, new PubliccodeSyncRun.Failure(entry.key(), problems, false));
        int streak = target.run();

        assertThat(List.of(first, streak)).containsExactly(1, 0);
        assertThat(store.page("user-brighton-editor", false, PageRequest.of(0, 25)).items()).singleElement()
                .satisfies(n -> {
                    assertThat(n.what()).isEqualTo("sync-failed");
                    assertThat(n.detail()).isEqualTo("2");
                    assertThat(n.link()).isEqualTo("/plugins/servlet/connected-councils/solutions/" + entry.key());
                });
        assertThat(store.page("user-hackney-editor", false, PageRequest.of(0, 25)).items())
                .as("another council's editor").isEmpty();
        assertThat(target.jobs()).singleElement().satisfies(j -> assertThat(j.key())
                .isEqualTo(PubliccodeSyncJobs.SYNC));
    }
}
