package org.connectedcouncils.register.ao;

import org.connectedcouncils.common.ao.AoSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** The AO store on a real database: filters, sorting, paging, facets, atomic writes, DB-enforced uniqueness. */
public class AoSolutionStoreDbTest {

    private static final Visibility EVERYTHING = new Visibility(true, Set.of(), "admin");
    private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoSolutionStore target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.store;
    }

    @Test
    public void list_filtersByEachDimension() {
        SolutionKey bins = published(aSolution().named("Bin day finder").withPhase(Phase.BETA).inAreas("waste")
                .offering(CollaborationOffer.SHARE_CODE).build(), T0);
        SolutionKey housing = published(aSolution().named("Housing repairs portal").withPhase(Phase.LIVE)
                .withKind(SolutionKind.SERVICE).inAreas("housing").ownedBy(HACKNEY)
                .offering(CollaborationOffer.CO_FUND).build(), T0);
        adopt(bins, LEEDS, AdoptionState.USING);

        assertThat(keys(query(q -> q.phases(Phase.BETA)))).containsExactly(bins);
        assertThat(keys(query(q -> q.kinds(SolutionKind.SERVICE)))).containsExactly(housing);
        assertThat(keys(query(q -> q.area("housing")))).containsExactly(housing);
        assertThat(keys(query(q -> q.offer(CollaborationOffer.SHARE_CODE)))).containsExactly(bins);
        assertThat(keys(query(q -> q.owner(HACKNEY)))).containsExactly(housing);
        assertThat(keys(query(q -> q.adopter(LEEDS)))).containsExactly(bins);
        assertThat(keys(query(q -> q.phases(Phase.BETA, Phase.LIVE)))).containsExactlyInAnyOrder(bins, housing);
    }

    @Test
    public void list_adopterFilterLeavesOutStoppedAdoptions() {
        SolutionKey bins = published(aSolution().build(), T0);
        adopt(bins, LEEDS, AdoptionState.STOPPED);

        assertThat(keys(query(q -> q.adopter(LEEDS)))).isEmpty();
    }

    @Test
    public void list_textMatchesWholeWordsOfNameAndSummaryWithPluralsAndAccents() {
        SolutionKey bins = published(aSolution().named("Bin collection reminders")
                .withSummary("Texts residents the night before their bins go out").build(), T0);
        published(aSolution().named("Café licensing").withSummary("Pavement licences for cafés").build(), T0);

        assertThat(keys(query(q -> q.text("bins")))).containsExactly(bins);
        assertThat(keys(query(q -> q.text("Bin Reminder")))).containsExactly(bins);
        assertThat(keys(query(q -> q.text("reminders residents")))).containsExactly(bins);
        assertThat(keys(query(q -> q.text("cafe")))).hasSize(1);
        assertThat(keys(query(q -> q.text("parking")))).isEmpty();
    }

    @Test
    public void list_textIndexFollowsRenames() {
        SolutionKey key = published(aSolution().named("Pothole reporting").build(), T0);
        Solution current = target.find(key).orElseThrow();
        SolutionContent renamed = aSolution().named("Street defect reporting").build();
        target.save(current, new Solution(key, renamed, current.state(), current.adoptions(), current.created(),
                current.createdBy(), T0, null, current.version()), List.of());

        assertThat(keys(query(q -> q.text("pothole")))).isEmpty();
        assertThat(keys(query(q -> q.text("defect")))).containsExactly(key);
    }

    @Test
    public void list_hidesOtherCouncilsDraftsButShowsOwnAndContactOnes() {
        SolutionKey published = published(aSolution().named("Published one").build(), T0);
        SolutionKey brightonDraft = target.create(aSolution().named("Brighton draft").build(), "u", T0).key();
        SolutionKey hackneyDraft = target.create(aSolution().named("Hackney draft").ownedBy(HACKNEY)
                .withKeyContact("user-contact").build(), "u", T0).key();

        Visibility brightonEditor = new Visibility(false, Set.of(BRIGHTON), "user-brighton-editor");
        Visibility contact = new Visibility(false, Set.of(), "user-contact");
        Visibility viewer = new Visibility(false, Set.of(), "user-viewer");

        assertThat(keys(target.list(SolutionQuery.all(), brightonEditor))).containsExactlyInAnyOrder(published,
                brightonDraft);
        assertThat(keys(target.list(SolutionQuery.all(), contact))).containsExactlyInAnyOrder(published,
                hackneyDraft);
        assertThat(keys(target.list(SolutionQuery.all(), viewer))).containsExactly(published);
    }

    @Test
    public void list_sortsAndPagesStably() {
        SolutionKey c = published(aSolution().named("charlie").withPhase(Phase.LIVE).build(), T0);
        SolutionKey a = published(aSolution().named("Alpha").withPhase(Phase.CONCEPT).build(),
                T0.plus(Duration.ofHours(2)));
        SolutionKey b = published(aSolution().named("bravo").withPhase(Phase.ALPHA).build(),
                T0.plus(Duration.ofHours(1)));
        adopt(b, LEEDS, AdoptionState.USING);
        adopt(b, HACKNEY, AdoptionState.USING);
        adopt(c, LEEDS, AdoptionState.USING);

        assertThat(keys(query(q -> q.sort("name")))).containsExactly(a, b, c);
        assertThat(keys(query(q -> q.sort("-updated")))).containsExactly(a, b, c);
        assertThat(keys(query(q -> q.sort("-adoptions")))).containsExactly(b, c, a);
        assertThat(keys(query(q -> q.sort("phase")))).containsExactly(a, b, c);
        SolutionList second = target.list(new QueryBuilder().sort("name").page(1, 1).build(), EVERYTHING);
        assertThat(keys(second)).containsExactly(b);
        assertThat(second.page().total()).isEqualTo(3);
        assertThat(second.page().hasNext()).isTrue();
        assertThat(second.page().hasPrevious()).isTrue();
    }

    @Test
    public void list_facetsCountTheFilteredRows() {
        published(aSolution().withPhase(Phase.BETA).inAreas("waste", "parking")
                .offering(CollaborationOffer.SHARE_CODE, CollaborationOffer.CO_FUND).build(), T0);
        published(aSolution().withPhase(Phase.LIVE).inAreas("waste").offering().build(), T0);
        published(aSolution().withPhase(Phase.LIVE).inAreas("housing").build(), T0);

        SolutionList list = target.list(new QueryBuilder().area("waste").build().withFacets(true), EVERYTHING);

        assertThat(list.facets().counts().get("phase")).isEqualTo(Map.of("beta", 1L, "live", 1L));
        assertThat(list.facets().counts().get("serviceArea")).isEqualTo(Map.of("waste", 2L, "parking", 1L));
        assertThat(list.facets().count("offer", "co-fund")).isEqualTo(1);
        assertThat(list.facets().count("kind", "software")).isEqualTo(2);
    }

    @Test
    public void create_failingMidwayLeavesNoRows() {
        SolutionContent content = aSolution().build();

        // A history line without a field breaks a NOT NULL column after the entry and its indexes were written.
        assertThatThrownBy(() -> fixture.db.ao().executeInTransaction(() -> {
            Solution created = target.create(content, "u", T0);
            target.save(created, created, List.of(new HistoryEntry(created.key(), "solution", null, null, null,
                    "u", T0)));
            return created;
        })).isInstanceOf(RuntimeException.class);

        assertThat(fixture.db.ao().count(AoSolution.class, Query.select())).isZero();
        assertThat(fixture.db.ao().count(AoSearchToken.class, Query.select())).isZero();
        assertThat(fixture.db.ao().count(AoSolutionArea.class, Query.select())).isZero();
        assertThat(fixture.db.ao().count(AoHistory.class, Query.select())).isZero();
    }

    @Test
    public void save_failingHistoryRollsBackTheEdit() {
        Solution created = target.create(aSolution().named("Before").build(), "u", T0);
        Solution edited = new Solution(created.key(), aSolution().named("After").build(), created.state(),
                created.adoptions(), created.created(), created.createdBy(), T0, null, created.version());

        assertThatThrownBy(() -> target.save(created, edited, List.of(new HistoryEntry(created.key(), "solution",
                null, "x", "y", "u", T0)))).isInstanceOf(RuntimeException.class);

        fixture.db.ao().flushAll();
        Solution stored = target.find(created.key()).orElseThrow();
        assertThat(stored.content().name()).isEqualTo("Before");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(keys(target.list(new QueryBuilder().text("after").build(), EVERYTHING))).isEmpty();
    }

    @Test
    public void adoption_secondRowForSamePairIsRejectedByTheDatabase() {
        SolutionKey key = published(aSolution().build(), T0);
        adopt(key, LEEDS, AdoptionState.USING);

        // Bypass the store: the unique constraint itself must refuse the duplicate.
        assertThatThrownBy(() -> fixture.db.ao().create(AoAdoption.class, Map.of(
                AoAdoption.SOLUTION_ID, (int) key.number(),
                AoAdoption.COUNCIL_CODE, LEEDS.value(),
                AoAdoption.PAIR_KEY, key.number() + ":" + LEEDS.value(),
                AoAdoption.STATE, "using",
                AoAdoption.DECLARED_AT, new Date()))).isInstanceOf(RuntimeException.class);
        assertThat(AoSql.isUniqueViolation(catchCreate(key))).isTrue();
    }

    @Test
    public void adoption_concurrentFirstDeclarationsBecomeAConflict() {
        SolutionKey key = published(aSolution().build(), T0);
        Solution solution = target.find(key).orElseThrow();
        Adoption first = new Adoption(key, LEEDS, AdoptionState.USING, null, null, "u", T0, null, null);
        target.saveAdoption(solution, null, first, List.of());

        // A second writer that did not see the first row also believes there is no previous adoption.
        assertThatThrownBy(() -> target.saveAdoption(solution, null, first, List.of()))
                .isInstanceOf(org.connectedcouncils.common.domain.Refusal.Conflict.class);
        assertThat(target.adoptions(key, PageRequest.FIRST).total()).isEqualTo(1);
        assertThat(target.find(key).orElseThrow().adoptions().using()).isEqualTo(1);
    }

    @Test
    public void find_readsTheWholeEntryInOneStatement() {
        SolutionKey key = target.create(aSolution().withDescription("Long text").withOutcomes("Fewer calls").build(),
                "u", T0).key();
        fixture.db.ao().flushAll();

        Solution read;
        int statements;
        try (org.connectedcouncils.testing.SqlCounter sql = org.connectedcouncils.testing.SqlCounter.on(
                fixture.db.entityManager())) {
            read = target.find(key).orElseThrow();
            statements = sql.count();
        }

        assertThat(read.content().description()).isEqualTo("Long text");
        assertThat(read.content().citizenOutcomes()).isEqualTo("Fewer calls");
        assertThat(statements).isEqualTo(1);
    }

    @Test
    public void findShown_readsWhatACardShowsInOneStatementWithoutTheDescriptionAndOutcomes() {
        SolutionContent content = aSolution().withDescription("Long text").withOutcomes("Fewer calls")
                .withReuse(org.connectedcouncils.testing.SolutionTestData.fullReuseTerms()).build();
        SolutionKey key = target.create(content, "u", T0).key();
        fixture.db.ao().flushAll();

        Solution shown;
        int statements;
        try (org.connectedcouncils.testing.SqlCounter sql = org.connectedcouncils.testing.SqlCounter.on(
                fixture.db.entityManager())) {
            shown = target.findShown(key).orElseThrow();
            statements = sql.count();
        }

        assertThat(statements).isEqualTo(1);
        assertThat(shown.content().description()).isNull();
        assertThat(shown.content().citizenOutcomes()).isNull();
        Solution whole = target.find(key).orElseThrow();
        assertThat(shown.content().reuse()).isEqualTo(whole.content().reuse());
        assertThat(shown.content().reuse().adopterNeeds()).isNotNull();
        assertThat(shown).isEqualTo(new Solution(whole.key(), new SolutionContent(whole.content().name(),
                whole.content().summary(), null, whole.content().kind(), whole.content().phase(),
                whole.content().ownerCouncil(), whole.content().keyContact(), whole.content().serviceAreas(),
                whole.content().offers(), whole.content().landingUrl(), whole.content().repositoryUrl(),
                whole.content().licence(), whole.content().softwareType(), whole.content().maintenance(),
                whole.content().platforms(), whole.content().categories(), whole.content().budgetBand(),
                whole.content().oneOffCost(), whole.content().annualRunningCost(), whole.content().annualSaving(),
                null, whole.content().reuse()), whole.state(), whole.adoptions(), whole.created(), whole.createdBy(),
                whole.updated(), whole.lastConfirmed(), whole.version(), whole.retirement()));
        assertThat(target.findShown(SolutionKey.of(key.number() + 1000))).isEmpty();
    }

    @Test
    public void history_isPagedNewestFirst() {
        Solution created = target.create(aSolution().build(), "u", T0);
        for (int i = 0; i < 30; i++) {
            Solution current = target.find(created.key()).orElseThrow();
            target.save(current, current, List.of(new HistoryEntry(created.key(), "solution", "summary", "v" + i,
                    "v" + (i + 1), "u", T0.plusSeconds(i + 1))));
        }

        var page = target.history(created.key(), new PageRequest(0, 25));

        assertThat(page.total()).isEqualTo(31);
        assertThat(page.items()).hasSize(25);
        assertThat(page.items().get(0).newValue()).isEqualTo("v30");
        assertThat(target.history(created.key(), new PageRequest(25, 25)).items()).hasSize(6)
                .last().extracting(HistoryEntry::field).isEqualTo("created");
    }

    private Throwable catchCreate(SolutionKey key) {
        try {
            fixture.db.ao().create(AoAdoption.class, Map.of(AoAdoption.SOLUTION_ID, (int) key.number(),
                    AoAdoption.COUNCIL_CODE, LEEDS.value(), AoAdoption.PAIR_KEY, key.number() + ":" + LEEDS.value(),
                    AoAdoption.STATE, "using", AoAdoption.DECLARED_AT, new Date()));
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private SolutionKey published(SolutionContent content, Instant updated) {
        Solution created = target.create(content, "u", T0);
        Solution next = new Solution(created.key(), content, EntryState.PUBLISHED, created.adoptions(),
                created.created(), created.createdBy(), updated, null, created.version());
        return target.save(created, next, List.of()).key();
    }

    private void adopt(SolutionKey key, org.connectedcouncils.common.domain.CouncilCode council,
            AdoptionState state) {
        Solution solution = target.find(key).orElseThrow();
        target.saveAdoption(solution, null, new Adoption(key, council, state, null, null, "u", T0, null, null),
                List.of());
    }

    private SolutionList query(java.util.function.Consumer<QueryBuilder> spec) {
        QueryBuilder b = new QueryBuilder();
        spec.accept(b);
        return target.list(b.build(), EVERYTHING);
    }

    private static List<SolutionKey> keys(SolutionList list) {
        return list.page().items().stream().map(Solution::key).toList();
    }

    /** Small builder for list queries in these tests. */
    static final class QueryBuilder {
        private Set<Phase> phases = Set.of();
        private Set<SolutionKind> kinds = Set.of();
        private String area;
        private org.connectedcouncils.common.domain.CouncilCode owner;
        private org.connectedcouncils.common.domain.CouncilCode adopter;
        private CollaborationOffer offer;
        private String text;
        private Sort<SolutionSortField> sort = SolutionSortField.DEFAULT;
        private PageRequest page = PageRequest.FIRST;

        QueryBuilder phases(Phase... values) {
            phases = Set.of(values);
            return this;
        }

        QueryBuilder kinds(SolutionKind... values) {
            kinds = Set.of(values);
            return this;
        }

        QueryBuilder area(String value) {
            area = value;
            return this;
        }

        QueryBuilder owner(org.connectedcouncils.common.domain.CouncilCode value) {
            owner = value;
            return this;
        }

        QueryBuilder adopter(org.connectedcouncils.common.domain.CouncilCode value) {
            adopter = value;
            return this;
        }

        QueryBuilder offer(CollaborationOffer value) {
            offer = value;
            return this;
        }

        QueryBuilder text(String value) {
            text = value;
            return this;
        }

        QueryBuilder sort(String value) {
            sort = Sort.parse(value, SolutionSortField.DEFAULT).orElseThrow();
            return this;
        }

        QueryBuilder page(int start, int limit) {
            page = new PageRequest(start, limit);
            return this;
        }

        SolutionQuery build() {
            return SolutionQuery.all().withPhases(phases).withKinds(kinds).withServiceArea(area).withOwner(owner)
                    .withAdopter(adopter).withOffer(offer).withText(text).sortedBy(sort).withPage(page);
        }
    }
}
