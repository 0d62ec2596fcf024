package org.connectedcouncils.register.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SearchText;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/**
 * The word-and-area index (issue 22) held to the results of the indexes it replaces for a word search narrowed to an
 * area: on a seeded register (H2, PostgreSQL and MariaDB), the same matches in the same order, page by page, with the
 * same totals, on both list paths (matches first, and page + count), for every sort; and the index rows stay in
 * step with the entries through creates, saves that change words or areas, and deletes.
 */
public class WordAreaSearchDbTest {

    private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");
    private static final Visibility EVERYTHING = new Visibility(true, Set.of(), "admin");
    private static final Visibility READER = new Visibility(false, Set.of(), "user-contact");
    private static final List<String> WORDS = List.of("bin", "reminder", "garden", "waste", "parking", "permit",
            "housing", "repair", "text", "portal");
    private static final List<String> AREAS = List.of("waste", "parking", "housing", "libraries");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore store;

    @Before
    public void setUp() {
        fixture.reset();
        store = fixture.store;
        Random random = new Random(22);
        for (int i = 0; i < 80; i++) {
            String name = word(random) + " " + word(random) + " " + i;
            Set<String> areas = new HashSet<>();
            for (int a = 0; a < 1 + random.nextInt(3); a++) {
                areas.add(AREAS.get(random.nextInt(AREAS.size())));
            }
            SolutionContent content = aSolution().named(name).withSummary("Residents " + word(random) + " "
                    + word(random)).withPhase(Phase.values()[random.nextInt(Phase.values().length)])
                    .withKeyContact(i % 9 == 0 ? "user-contact" : "user-other").inAreas(areas.toArray(String[]::new))
                    .build();
            Solution created = store.create(content, "u", T0);
            if (i % 4 != 0) {
                // Three in four published, with updates a minute apart (some equal, so the key breaks ties).
                store.save(created, new Solution(created.key(), content, EntryState.PUBLISHED, created.adoptions(),
                        created.created(), created.createdBy(), T0.plusSeconds(60L * (i % 30)), null,
                        created.version()), List.of());
            }
        }
    }

    @Test
    public void wordAndArea_sameMatchesInTheSameOrderAsTheWordAndAreaIndexesApart() {
        int checked = 0;
        for (String word : List.of("bin", "reminders", "garden waste", "parking permits", "repairs")) {
            for (String area : AREAS) {
                for (SolutionSortField field : SolutionSortField.values()) {
                    for (boolean descending : List.of(true, false)) {
                        for (Visibility visibility : List.of(EVERYTHING, READER)) {
                            SolutionQuery query = SolutionQuery.all().withText(word).withServiceArea(area)
                                    .sortedBy(new Sort<>(field, descending));
                            List<SolutionKey> expected = oldResults(query, visibility);
                            assertThat(store.keys(query, visibility)).as(query + " " + visibility)
                                    .isEqualTo(expected);
                            assertThat(pages(store, query, visibility)).as("pages of " + query).isEqualTo(expected);
                            // More than this bound: the page + count path (with the same join).
                            assertThat(pages(new AoSolutionStore(fixture.db.ao(), 1), query, visibility))
                                    .as("page and count of " + query).isEqualTo(expected);
                            checked += expected.size();
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        SolutionQuery phased = SolutionQuery.all().withText("bin").withServiceArea("waste")
                .withPhases(Set.of(Phase.BETA, Phase.LIVE));
        assertThat(store.keys(phased, READER)).isEqualTo(oldResults(phased, READER)).isNotEmpty();
    }

    @Test
    public void wordAndArea_facetsAndTotalsAsBefore() {
        SolutionQuery query = SolutionQuery.all().withText("garden").withServiceArea("waste").withFacets(true);
        SolutionList list = store.list(query, READER);
        List<SolutionKey> expected = oldResults(query, READER);
        assertThat(list.page().total()).isEqualTo((long) expected.size()).isPositive();
        long inPhase = store.findAll(expected).values().stream().filter(s -> s.content().phase() == Phase.LIVE)
                .count();
        assertThat(list.facets().counts().get("phase").getOrDefault("live", 0L)).isEqualTo(inPhase);
    }

    @Test
    public void indexRows_followCreatesSavesAndDeletes() {
        assertThat(indexRows()).isEqualTo(expectedRows());
        Solution first = store.find(store.keys(SolutionQuery.all(), EVERYTHING).get(0)).orElseThrow();
        SolutionContent changed = aSolution().named("Library loans tracker").withSummary("Borrowers renew books")
                .withPhase(Phase.LIVE).inAreas("libraries", "housing").ownedBy(HACKNEY).build();
        store.save(first, new Solution(first.key(), changed, first.state(), first.adoptions(), first.created(),
                first.createdBy(), T0.plusSeconds(7_200), null, first.version()), List.of());
        SolutionKey draft = store.keys(SolutionQuery.all().withState(EntryState.DRAFT), EVERYTHING).get(0);
        store.delete(store.find(draft).orElseThrow());

        assertThat(indexRows()).isEqualTo(expectedRows());
        SolutionQuery loans = SolutionQuery.all().withText("loans").withServiceArea("housing");
        assertThat(store.keys(loans, EVERYTHING)).containsExactly(first.key());
        assertThat(store.keys(loans.withServiceArea("waste"), EVERYTHING)).isEmpty();
    }

    /**
     * The matches as the register found them before the word-and-area index: the word alone (word index) and the
     * area alone (area index), intersected in the word search's order.
     */
    private List<SolutionKey> oldResults(SolutionQuery query, Visibility visibility) {
        Set<SolutionKey> inArea = new HashSet<>(store.keys(query.withText(null), visibility));
        List<SolutionKey> out = new ArrayList<>();
        for (SolutionKey key : store.keys(query.withServiceArea(null), visibility)) {
            if (inArea.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Every page of 7, read through the list (the path a screen takes), with the total checked on each. */
    private static List<SolutionKey> pages(AoSolutionStore target, SolutionQuery query, Visibility visibility) {
        List<SolutionKey> out = new ArrayList<>();
        for (int start = 0; ; start += 7) {
            SolutionList list = target.list(query.withPage(new PageRequest(start, 7)), visibility);
            list.page().items().forEach(s -> out.add(s.key()));
            if (start + 7 >= list.page().total()) {
                assertThat(out).hasSize((int) list.page().total());
                return out;
            }
        }
    }

    private Set<String> indexRows() {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>();
        fixture.db.ao().stream(AoWordArea.class, Query.select("ID, SOLUTION_ID, WORD, AREA_CODE"),
                r -> all.add(r.getSolutionId() + ":" + r.getWord() + ":" + r.getAreaCode()));
        out.addAll(all);
        assertThat(all).hasSameSizeAs(out);
        return out;
    }

    private Set<String> expectedRows() {
        Set<String> out = new HashSet<>();
        for (Solution s : store.findAll(store.keys(SolutionQuery.all(), EVERYTHING)).values()) {
            for (String token : SearchText.tokens(s.content().name(), s.content().summary())) {
                for (String area : s.content().serviceAreas()) {
                    out.add(s.key().number() + ":" + token + ":" + area);
                }
            }
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
