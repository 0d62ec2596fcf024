package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Reading a whole view (for exports): the keys in the view's order, then the entries in batches. */
public class ReadAllDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Visibility READER = new Visibility(false, Set.of(), "nobody");

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
        Phase[] phases = {Phase.ALPHA, Phase.BETA, Phase.LIVE};
        for (int i = 0; i < 23; i++) {
            fixture.actor.actAs(BRIGHTON_EDITOR);
            // Names, phases and times repeat so that every sort has ties the ID must break.
            SolutionKey key = fixture.register.create(aSolution().named("Entry " + (i % 5))
                    .withPhase(phases[i % 3]).build()).key();
            fixture.register.publish(key);
            if (i % 4 == 0) {
                fixture.actor.actAs(HACKNEY_EDITOR);
                fixture.register.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.USING, null,
                        null));
            }
            if (i % 2 == 0) {
                fixture.clock.advance(Duration.ofMinutes(1));
            }
        }
        fixture.actor.actAs(HACKNEY_EDITOR);
        fixture.register.create(aSolution().named("Draft of another council").ownedBy(HACKNEY).build());
    }

    @Test
    public void keys_comeInTheOrderOfTheListForEverySort() {
        for (String sort : List.of("name", "-name", "updated", "-updated", "adoptions", "-adoptions", "phase",
                "-phase")) {
            SolutionQuery query = SolutionQuery.all()
                    .sortedBy(Sort.parse(sort, SolutionSortField.DEFAULT).orElseThrow())
                    .withPage(new PageRequest(0, 100));

            List<SolutionKey> listed = fixture.store.list(query, READER).page().items().stream()
                    .map(Solution::key).toList();
            List<SolutionKey> keys = fixture.store.keys(query, READER);

            assertThat(keys).as(sort).hasSize(23).doesNotHaveDuplicates().isEqualTo(listed);
        }
    }

    @Test
    public void keys_keepTheFiltersAndWhatTheReaderMaySee() {
        SolutionQuery live = SolutionQuery.all().withPhases(Set.of(Phase.LIVE));

        List<SolutionKey> keys = fixture.store.keys(live, READER);
        List<SolutionKey> all = fixture.store.keys(SolutionQuery.all(), READER);

        assertThat(keys).hasSize(7).allSatisfy(key -> assertThat(fixture.store.find(key).orElseThrow().content()
                .phase()).isEqualTo(Phase.LIVE));
        assertThat(all).as("Hackney's draft stays hidden").hasSize(23);
    }

    @Test
    public void readAll_handsOverTheViewInOrderInBatchesOfAtMostAHundred() {
        fixture.actor.actAs(HACKNEY_EDITOR);
        for (int i = 0; i < 180; i++) {
            fixture.register.create(aSolution().named("Hackney draft " + i).ownedBy(HACKNEY).build());
            fixture.clock.advance(Duration.ofSeconds(1));
        }
        List<Integer> sizes = new ArrayList<>();
        List<SolutionKey> read = new ArrayList<>();

        fixture.register.readAll(SolutionQuery.all(), batch -> {
            sizes.add(batch.size());
            batch.forEach(s -> read.add(s.key()));
        });

        assertThat(sizes).as("23 published + 181 of Hackney's drafts, which its editor sees").containsExactly(100,
                100, 4);
        assertThat(read).doesNotHaveDuplicates()
                .isEqualTo(fixture.store.keys(SolutionQuery.all(), Visibility.of(HACKNEY_EDITOR)));
        assertThat(fixture.store.find(read.get(0)).orElseThrow().content().name()).isEqualTo("Hackney draft 179");
    }
}
