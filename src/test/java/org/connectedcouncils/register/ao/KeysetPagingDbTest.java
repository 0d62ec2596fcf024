package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.register.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSort;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Reading a whole view after the last row gives exactly the rows and order of offset paging, for every sort. */
public class KeysetPagingDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Visibility READER = new Visibility(false, Set.of(), "nobody");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.store;
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
        fixture.actor.actAs(BRIGHTON_EDITOR);
        fixture.register.create(aSolution().named("Draft, not visible").build());
    }

    @Test
    public void listAfter_walksEveryViewInTheSameOrderAsOffsetPages() {
        for (String sort : List.of("name", "-name", "updated", "-updated", "adoptions", "-adoptions", "phase",
                "-phase")) {
            SolutionQuery query = new SolutionQuery(null, null, null, null, null, null, null, null,
                    SolutionSort.parse(sort).orElseThrow(), null, false);

            List<SolutionKey> byOffset = keys(target.list(query.withPage(new PageRequest(0, 100)), READER)
                    .page().items());
            List<SolutionKey> byKeyset = walk(query.withPage(new PageRequest(0, 4)));

            assertThat(byKeyset).as(sort).hasSize(23).doesNotHaveDuplicates().isEqualTo(byOffset);
        }
    }

    @Test
    public void listAfter_keepsTheFilters() {
        SolutionQuery live = new SolutionQuery(Set.of(Phase.LIVE), null, null, null, null, null, null, null, null,
                new PageRequest(0, 2), false);

        List<SolutionKey> keys = walk(live);

        assertThat(keys).hasSize(7);
        assertThat(keys).allSatisfy(key -> assertThat(fixture.store.find(key).orElseThrow().content().phase())
                .isEqualTo(Phase.LIVE));
    }

    private List<SolutionKey> walk(SolutionQuery query) {
        List<SolutionKey> keys = new ArrayList<>();
        Solution last = null;
        while (true) {
            List<Solution> page = target.listAfter(query, READER, last);
            keys.addAll(keys(page));
            if (page.size() < query.page().limit()) {
                return keys;
            }
            last = page.get(page.size() - 1);
        }
    }

    private static List<SolutionKey> keys(List<Solution> solutions) {
        return solutions.stream().map(Solution::key).toList();
    }
}
