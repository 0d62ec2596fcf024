package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/**
 * A word search reads its matches first when they are few and takes the sorted page and a count when they are not;
 * both paths must give the same pages, totals and facets.
 */
public class WordSearchPathsDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Visibility READER = new Visibility(false, Set.of(), "nobody");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore matchesFirst;
    private AoSolutionStore pageAndCount;

    @Before
    public void setUp() {
        fixture.reset();
        matchesFirst = new AoSolutionStore(fixture.db.ao(), 1_000);
        pageAndCount = new AoSolutionStore(fixture.db.ao(), 0);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        Phase[] phases = {Phase.ALPHA, Phase.BETA, Phase.LIVE};
        for (int i = 0; i < 12; i++) {
            String name = (i % 3 == 0 ? "Garden waste bins " : "Parking permits ") + (i % 4);
            SolutionKey key = fixture.register.create(aSolution().named(name).withPhase(phases[i % 3])
                    .inAreas(i % 2 == 0 ? "waste" : "parking").build()).key();
            if (i != 9) {
                fixture.register.publish(key);
            }
            fixture.clock.advance(Duration.ofMinutes(i % 2));
        }
    }

    @Test
    public void list_givesTheSamePagesTotalsAndFacetsOnBothPaths() {
        for (String sort : List.of("-updated", "name", "-adoptions", "phase")) {
            for (int start : List.of(0, 2, 5)) {
                SolutionQuery query = SolutionQuery.all().withText("permits")
                        .sortedBy(Sort.parse(sort, SolutionSortField.DEFAULT).orElseThrow())
                        .withPage(new PageRequest(start, 2))
                        .withFacets(true);

                SolutionList first = matchesFirst.list(query, READER);
                SolutionList usual = pageAndCount.list(query, READER);

                assertThat(keys(first)).as(sort + " from " + start).isEqualTo(keys(usual));
                assertThat(first.page().total()).isEqualTo(usual.page().total()).isEqualTo(8);
                assertThat(first.facets()).isEqualTo(usual.facets());
            }
        }
    }

    @Test
    public void list_readsTheMatchesFirstInTwoStatementsWhenTheyAreFew() {
        SolutionQuery query = SolutionQuery.all().withText("garden bins").withPage(new PageRequest(0, 25));

        SolutionList list;
        int statements;
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            list = matchesFirst.list(query, READER);
            statements = sql.count();
        }

        assertThat(list.page().total()).as("the fourth is a draft").isEqualTo(3);
        assertThat(list.page().items()).extracting(s -> s.content().name()).allMatch(n -> n.startsWith("Garden"));
        assertThat(statements).as("the matches, then their page").isEqualTo(2);
    }

    @Test
    public void list_answersAPageBeyondTheFewMatchesWithoutReadingEntries() {
        SolutionQuery query = SolutionQuery.all().withText("garden").withPage(new PageRequest(50, 25));

        SolutionList list = matchesFirst.list(query, READER);

        assertThat(list.page().items()).isEmpty();
        assertThat(list.page().total()).isEqualTo(3);
    }

    private static List<SolutionKey> keys(SolutionList list) {
        return list.page().items().stream().map(Solution::key).toList();
    }
}
