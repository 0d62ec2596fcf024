package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.OwnersLike;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** A list request costs the same number of SQL statements at 10 rows as at 1,000 (no N+1, no per-row reads). */
public class ListStatementCountDbTest {

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.store;
    }

    @Test
    public void list_statementCountDoesNotGrowWithRowsBeyondTheWordSearchBound() {
        seed(10);
        int atTen = statementsOfTypicalLists();
        seed(990);

        int atThousand = statementsOfTypicalLists();

        assertThat(fixture.db.ao().count(AoSolution.class, net.java.ao.Query.select())).isEqualTo(1000);
        // Page + count for each request, plus one facet pass for the two that ask for facets; the word search reads
        // its 10 matches and then their page (also two).
        // Councils like mine is one condition on the owner (IN lists joined by OR): a page and a count as well.
        assertThat(atTen).isEqualTo(5 * 2 + 2);
        // With 1,000 matches (over AoSolutionStore.FEW_MATCHES) the word search reads 501 IDs, gives up and takes
        // the page and the count: one statement more on that path.
        assertThat(atThousand).isEqualTo(atTen + 1);
    }

    /**
     * Five typical requests: plain, filtered with text and facets, drafts visibility, adopter filter, and councils
     * like Brighton resolved to 1,500 owner codes (two IN lists).
     */
    private int statementsOfTypicalLists() {
        Visibility viewer = new Visibility(false, Set.of(), "viewer");
        Visibility editor = new Visibility(false, Set.of(org.connectedcouncils.testing.SolutionTestData.BRIGHTON),
                "editor");
        List<SolutionList> results = new ArrayList<>();
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            results.add(target.list(SolutionQuery.all().withPage(new PageRequest(0, 100)), viewer));
            results.add(target.list(SolutionQuery.all().withPhases(Set.of(Phase.BETA, Phase.LIVE))
                    .withServiceArea("waste").withOffer(CollaborationOffer.SHARE_CODE).withText("bin reminders")
                    .sortedBy(Sort.parse("name", SolutionSortField.DEFAULT).orElseThrow())
                    .withPage(new PageRequest(0, 25))
                    .withFacets(true), viewer));
            results.add(target.list(SolutionQuery.all(), editor));
            results.add(target.list(SolutionQuery.all()
                    .withAdopter(org.connectedcouncils.testing.SolutionTestData.LEEDS).withFacets(true), viewer));
            results.add(target.list(SolutionQuery.all().withOwnersLike(OwnersLike.of(
                    org.connectedcouncils.testing.SolutionTestData.BRIGHTON, false).resolvedTo(unitaries())), viewer));
            assertThat(results.get(4).page().total()).isEqualTo(results.get(0).page().total());
            results.forEach(r -> r.page().items().forEach(s -> {
                s.content().name();
                s.adoptions().using();
                s.content().serviceAreas();
            }));
            return sql.count();
        }
    }

    /** Brighton and 1,499 other owner codes, more than one IN list holds. */
    private static Set<CouncilCode> unitaries() {
        Set<CouncilCode> codes = new java.util.HashSet<>();
        codes.add(org.connectedcouncils.testing.SolutionTestData.BRIGHTON);
        for (int i = 0; i < 1_499; i++) {
            codes.add(CouncilCode.of(String.format("E06%06d", 100 + i)));
        }
        return codes;
    }

    /** Bulk-inserts published rows straight into the tables (the fast path a migration would use). */
    private void seed(int n) {
        long now = System.currentTimeMillis();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put(AoSolution.NAME, "Bin reminders " + i);
            row.put(AoSolution.NAME_LOWER, "bin reminders " + i);
            row.put(AoSolution.SUMMARY, "Texts residents before bin day");
            row.put(AoSolution.SEARCH_TEXT, "bin reminders " + i + " texts residents before bin day");
            row.put(AoSolution.KIND, "software");
            row.put(AoSolution.PHASE, i % 2 == 0 ? "beta" : "live");
            row.put(AoSolution.PHASE_RANK, i % 2 == 0 ? 3 : 4);
            row.put(AoSolution.STATE, "published");
            row.put(AoSolution.OWNER_CODE, "E06000043");
            row.put(AoSolution.AREAS, "waste");
            row.put(AoSolution.OFFERS, "share-code");
            row.put(AoSolution.CREATED_AT, new java.util.Date(now));
            row.put(AoSolution.UPDATED_AT, new java.util.Date(now + i));
            row.put(AoSolution.ENTRY_VERSION, 1);
            rows.add(row);
        }
        fixture.db.ao().create(AoSolution.class, rows);
        AoSolution[] created = fixture.db.ao().find(AoSolution.class, net.java.ao.Query.select()
                .where(AoSolution.SUMMARY + " = ?", "Texts residents before bin day").order("ID DESC").limit(n));
        List<Map<String, Object>> areas = new ArrayList<>();
        List<Map<String, Object>> offers = new ArrayList<>();
        List<Map<String, Object>> tokens = new ArrayList<>();
        List<Map<String, Object>> wordAreas = new ArrayList<>();
        for (AoSolution s : created) {
            areas.add(Map.of(AoSolutionArea.SOLUTION_ID, s.getID(), AoSolutionArea.AREA_CODE, "waste"));
            offers.add(Map.of(AoSolutionOffer.SOLUTION_ID, s.getID(), AoSolutionOffer.OFFER, "share-code"));
            for (String t : List.of("bin", "reminder", "text", "resident")) {
                tokens.add(Map.of(AoSearchToken.SOLUTION_ID, s.getID(), AoSearchToken.TOKEN, t));
                wordAreas.add(Map.of(AoWordArea.SOLUTION_ID, s.getID(), AoWordArea.WORD, t, AoWordArea.AREA_CODE,
                        "waste"));
            }
        }
        fixture.db.ao().create(AoSolutionArea.class, areas);
        fixture.db.ao().create(AoSolutionOffer.class, offers);
        fixture.db.ao().create(AoSearchToken.class, tokens);
        fixture.db.ao().create(AoWordArea.class, wordAreas);
    }
}
