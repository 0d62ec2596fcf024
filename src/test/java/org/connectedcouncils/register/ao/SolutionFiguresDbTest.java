package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** Figures and bulk reads of the AO store on a real database: right totals, constant number of statements. */
public class SolutionFiguresDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Actor LEEDS_EDITOR = Actor.editor("user-leeds-editor", LEEDS);
    private static final Visibility PUBLIC = new Visibility(false, Set.of(), "nobody");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.store;
    }

    @Test
    public void figures_countsPhasesAreasAdoptionsReuseAndSavings() {
        SolutionKey bins = published(aSolution().withPhase(Phase.LIVE).inAreas("waste", "housing"));
        published(aSolution().named("Pothole reporting").withPhase(Phase.BETA).inAreas("highways")
                .withCosts(null, null, Money.of(500_000, "GBP")));
        draft(aSolution().named("Draft idea").withPhase(Phase.ALPHA));
        adopt(bins, HACKNEY_EDITOR, HACKNEY, AdoptionState.USING);
        adopt(bins, LEEDS_EDITOR, LEEDS, AdoptionState.EVALUATING);

        AdoptionFigures figures = target.figures(SolutionQuery.all(), PUBLIC);

        assertThat(figures.solutions()).isEqualTo(2);
        assertThat(figures.byPhase()).containsExactly(Map.entry(Phase.BETA, 1L), Map.entry(Phase.LIVE, 1L));
        assertThat(figures.byServiceArea()).containsExactly(Map.entry("highways", 1L), Map.entry("housing", 1L),
                Map.entry("waste", 1L));
        assertThat(figures.adoptions()).isEqualTo(new AdoptionFigures.AdoptionTotals(1, 1, 0));
        assertThat(figures.reused()).isEqualTo(1);
        assertThat(figures.reusedShare()).isEqualTo(0.5);
        assertThat(figures.annualSavings()).containsExactly(Map.entry("GBP", 1_200_000L + 500_000L));
    }

    @Test
    public void figures_appliesTheFiltersIncludingJoinedOnes() {
        published(aSolution().inAreas("waste"));
        published(aSolution().named("Housing register").inAreas("housing"));

        AdoptionFigures waste = target.figures(SolutionQuery.all().withServiceArea("waste")
                .withState(EntryState.PUBLISHED), PUBLIC);
        AdoptionFigures words = target.figures(SolutionQuery.all().withText("housing register"), PUBLIC);

        assertThat(waste.solutions()).isEqualTo(1);
        assertThat(waste.byServiceArea()).containsOnlyKeys("waste");
        assertThat(words.solutions()).isEqualTo(1);
    }

    @Test
    public void figures_issuesAFixedNumberOfStatementsWhateverTheRowCount() {
        SolutionQuery joined = SolutionQuery.all().withServiceArea("waste");
        for (int i = 0; i < 3; i++) {
            published(aSolution().named("Few " + i).inAreas("waste"));
        }
        int fewGrouped = statements(() -> target.figures(SolutionQuery.all(), PUBLIC));
        int fewStreamed = statements(() -> target.figures(joined, PUBLIC));
        for (int i = 0; i < 30; i++) {
            published(aSolution().named("Many " + i).inAreas("waste"));
        }

        int manyGrouped = statements(() -> target.figures(SolutionQuery.all(), PUBLIC));
        int manyStreamed = statements(() -> target.figures(joined, PUBLIC));

        // One more each for the savings adopters reported (issue 15), read from the adoptions.
        assertThat(manyGrouped).isEqualTo(fewGrouped).isEqualTo(4);
        assertThat(manyStreamed).isEqualTo(fewStreamed).isEqualTo(2);
    }

    @Test
    public void figures_groupedInTheDatabaseEqualTheStreamedOnes() {
        SolutionKey bins = published(aSolution().withPhase(Phase.LIVE).inAreas("waste", "housing"));
        published(aSolution().named("Waste permits").withPhase(Phase.LIVE).inAreas("waste")
                .withCosts(null, null, Money.of(300, "EUR")));
        published(aSolution().named("Waste rounds").withPhase(Phase.BETA).inAreas("waste", "highways")
                .withCosts(null, null, Money.of(500_000, "GBP")));
        published(aSolution().named("Waste app").withPhase(Phase.ALPHA).inAreas("waste"));
        draft(aSolution().named("Waste draft").withPhase(Phase.ALPHA).inAreas("waste"));
        adopt(bins, HACKNEY_EDITOR, HACKNEY, AdoptionState.USING);
        adopt(bins, LEEDS_EDITOR, LEEDS, AdoptionState.STOPPED);
        Visibility brighton = new Visibility(false, Set.of(BRIGHTON), "nobody");
        // Every entry is filed under waste, so the joined (streamed) filter matches the same set as no filter.
        SolutionQuery joined = SolutionQuery.all().withServiceArea("waste");

        AdoptionFigures grouped = target.figures(SolutionQuery.all(), brighton);
        AdoptionFigures streamed = target.figures(joined, brighton);

        assertThat(grouped).isEqualTo(streamed);
        assertThat(grouped.solutions()).isEqualTo(5);
        assertThat(grouped.byPhase()).containsEntry(Phase.ALPHA, 2L).containsEntry(Phase.LIVE, 2L);
        assertThat(grouped.byServiceArea()).containsEntry("waste", 5L).containsEntry("housing", 1L);
        assertThat(grouped.annualSavings()).containsEntry("EUR", 300L);
        assertThat(grouped.adoptions()).isEqualTo(new AdoptionFigures.AdoptionTotals(0, 1, 1));
    }

    @Test
    public void listFacets_groupedInTheDatabaseEqualTheStreamedOnes() {
        published(aSolution().withPhase(Phase.LIVE).inAreas("waste", "housing"));
        published(aSolution().named("Waste permits").withPhase(Phase.LIVE).inAreas("waste"));
        published(aSolution().named("Waste rounds").withPhase(Phase.BETA).inAreas("waste", "highways"));
        SolutionQuery all = SolutionQuery.all().withFacets(true);
        SolutionQuery joined = SolutionQuery.all().withServiceArea("waste").withFacets(true);

        Map<String, Map<String, Long>> grouped = target.list(all, PUBLIC).facets().counts();
        Map<String, Map<String, Long>> streamed = target.list(joined, PUBLIC).facets().counts();

        assertThat(grouped).isEqualTo(streamed);
        assertThat(grouped.get("phase")).containsExactly(Map.entry("beta", 1L), Map.entry("live", 2L));
        assertThat(grouped.get("serviceArea")).containsEntry("waste", 3L).containsEntry("highways", 1L);
    }

    @Test
    public void findAll_readsSeveralEntriesInOneStatementAndSkipsUnknownKeys() {
        SolutionKey one = published(aSolution().named("One"));
        SolutionKey two = published(aSolution().named("Two"));

        Map<SolutionKey, Solution>[] found = new Map[1];
        int count = statements(() -> found[0] = target.findAll(List.of(one, two, SolutionKey.of(999_999))));

        assertThat(found[0]).containsOnlyKeys(one, two);
        assertThat(found[0].get(two).content().name()).isEqualTo("Two");
        assertThat(count).isEqualTo(1);
    }

    private int statements(Runnable work) {
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            work.run();
            return counter.count();
        }
    }

    private SolutionKey published(org.connectedcouncils.testing.SolutionTestData data) {
        fixture.actor.actAs(BRIGHTON_EDITOR);
        SolutionKey key = fixture.register.create(data.build()).key();
        fixture.register.publish(key);
        return key;
    }

    private void draft(org.connectedcouncils.testing.SolutionTestData data) {
        fixture.actor.actAs(BRIGHTON_EDITOR);
        fixture.register.create(data.build());
    }

    private void adopt(SolutionKey key, Actor actor, org.connectedcouncils.common.domain.CouncilCode council,
            AdoptionState state) {
        fixture.actor.actAs(actor);
        fixture.register.declareAdoption(key, council, new AdoptionDeclaration(state, null, null));
    }
}
