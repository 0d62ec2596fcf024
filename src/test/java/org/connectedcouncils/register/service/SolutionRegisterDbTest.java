package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** The register use cases end to end on a real database (H2, or PostgreSQL with -Dcc.db=postgres). */
public class SolutionRegisterDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Actor VIEWER = Actor.viewer("user-viewer");
    private static final Actor ADMIN = Actor.administrator("user-admin");

    private final RegisterFixture fixture = new RegisterFixture();
    private SolutionRegister target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.register;
        fixture.actor.actAs(BRIGHTON_EDITOR);
    }

    @Test
    public void create_storesEveryFieldAsDraftVersionOne() {
        SolutionContent content = aSolution().build();

        Solution created = target.create(content);

        Solution read = target.get(created.key());
        assertThat(read.content()).isEqualTo(content);
        assertThat(read.state()).isEqualTo(EntryState.DRAFT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.createdBy()).isEqualTo("user-brighton-editor");
        assertThat(read.created()).isEqualTo(fixture.clock.instant());
        assertThat(created.key().toString()).startsWith("CC-");
    }

    @Test
    public void create_givesIncreasingKeysThatAreNeverReused() {
        SolutionKey first = target.create(aSolution().build()).key();
        SolutionKey second = target.create(aSolution().named("Second").build()).key();

        fixture.reset();
        fixture.actor.actAs(BRIGHTON_EDITOR);
        SolutionKey afterReset = target.create(aSolution().build()).key();

        assertThat(second.number()).isGreaterThan(first.number());
        assertThat(afterReset.number()).isGreaterThan(second.number());
    }

    @Test
    public void create_concurrentCreatesGetDistinctKeys() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<SolutionKey> create = () -> target.create(aSolution().build()).key();
            java.util.List<Future<SolutionKey>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(create));
            }
            Set<SolutionKey> keys = new java.util.HashSet<>();
            for (Future<SolutionKey> f : futures) {
                keys.add(f.get());
            }

            assertThat(keys).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void create_withSeveralBrokenRulesReportsAllAndWritesNothing() {
        SolutionContent bad = aSolution().named("").withLandingUrl("javascript:alert(1)").withLicence("WTFPL-9")
                .inAreas("not-an-area").withCosts(Money.of(-5, "GBP"), null, Money.of(10, "EUR")).build();

        assertThatThrownBy(() -> target.create(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("name", "landingUrl", "licence", "serviceAreas", "oneOffCost.amount",
                                "annualSaving.currency"));
        assertThat(target.list(SolutionQuery.all()).page().total()).isZero();
    }

    @Test
    public void create_forAnotherCouncilIsRefused() {
        fixture.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.create(aSolution().ownedBy(BRIGHTON).build()))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void anonymous_isAskedToSignIn() {
        fixture.actor.actAs(Actor.anonymous());

        assertThatThrownBy(() -> target.list(SolutionQuery.all()))
                .isInstanceOf(Refusal.NotAuthenticated.class);
    }

    @Test
    public void drafts_areHiddenFromOtherCouncilsAsNotFound() {
        Solution draft = target.create(aSolution().build());
        fixture.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.get(draft.key())).isInstanceOf(Refusal.NotFound.class);
        assertThat(target.list(SolutionQuery.all()).page().total()).isZero();
    }

    @Test
    public void publish_makesEntryVisibleToViewersAndWritesHistory() {
        Solution draft = target.create(aSolution().build());

        target.publish(draft.key());

        fixture.actor.actAs(VIEWER);
        assertThat(target.get(draft.key()).state()).isEqualTo(EntryState.PUBLISHED);
        assertThat(target.history(draft.key(), PageRequest.FIRST).items())
                .extracting(HistoryEntry::field).containsExactly("state", "created");
    }

    @Test
    public void publish_twiceIsAConflict() {
        Solution draft = target.create(aSolution().build());
        target.publish(draft.key());

        assertThatThrownBy(() -> target.publish(draft.key())).isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void update_withStaleVersionIsRefusedWithCurrentVersion() {
        Solution created = target.create(aSolution().build());
        target.update(created.key(), 1, aSolution().named("Renamed once").build());

        assertThatThrownBy(() -> target.update(created.key(), 1, aSolution().named("Lost update").build()))
                .isInstanceOfSatisfying(Refusal.StaleVersion.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2));
        assertThat(target.get(created.key()).content().name()).isEqualTo("Renamed once");
    }

    @Test
    public void update_recordsOneHistoryLinePerChangedField() {
        Solution created = target.create(aSolution().build());
        fixture.clock.advance(Duration.ofHours(1));

        Solution updated = target.update(created.key(), 1,
                aSolution().named("Bin day finder").withPhase(Phase.LIVE).build());

        assertThat(updated.version()).isEqualTo(2);
        assertThat(fixture.audit.records()).last().satisfies(r -> {
            assertThat(r.summaryKey()).isEqualTo("connected-councils.audit.solution.updated");
            assertThat(r.objectName()).isEqualTo("Bin day finder");
            assertThat(r.changes()).extracting(c -> c.field()).containsExactlyInAnyOrder("name", "phase");
        });
        assertThat(target.history(created.key(), PageRequest.FIRST).items())
                .filteredOn(h -> !h.field().equals("created"))
                .extracting(h -> h.field() + ":" + h.oldValue() + "->" + h.newValue())
                .containsExactlyInAnyOrder("name:Bin collection day finder->Bin day finder", "phase:beta->live");
    }

    @Test
    public void update_byViewerIsRefused() {
        Solution created = target.create(aSolution().build());
        target.publish(created.key());
        fixture.actor.actAs(VIEWER);

        assertThatThrownBy(() -> target.update(created.key(), 2, aSolution().build()))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void keyContact_mayEditWithoutBeingCouncilEditor() {
        Solution created = target.create(aSolution().withKeyContact("user-contact").build());
        target.publish(created.key());
        fixture.actor.actAs(Actor.viewer("user-contact"));

        Solution updated = target.update(created.key(), 2, aSolution().withKeyContact("user-contact")
                .withSummary("Updated by the contact").build());

        assertThat(updated.content().summary()).isEqualTo("Updated by the contact");
    }

    @Test
    public void retire_movesToRetiredAndLaterEditsKeepIt() {
        Solution created = target.create(aSolution().build());

        Solution retired = target.retire(created.key(), new Retirement("Replaced", null, null));
        Solution edited = target.update(created.key(), retired.version(), aSolution().named("Still retired").build());

        assertThat(retired.content().phase()).isEqualTo(Phase.RETIRED);
        assertThat(edited.content().phase()).isEqualTo(Phase.RETIRED);
    }

    @Test
    public void retiredPhase_cannotBeChosenInAnEdit() {
        Solution created = target.create(aSolution().build());

        assertThatThrownBy(() -> target.update(created.key(), 1, aSolution().withPhase(Phase.RETIRED).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("phase"));
    }

    @Test
    public void confirmStillCurrent_setsLastConfirmed() {
        Solution created = target.create(aSolution().build());
        fixture.clock.advance(Duration.ofDays(3));

        Solution confirmed = target.confirmStillCurrent(created.key());

        assertThat(confirmed.lastConfirmed()).isEqualTo(fixture.clock.instant());
    }

    @Test
    public void adoption_declaredByOtherCouncilThenConfirmedByOwner() {
        SolutionKey key = publishedSolution();
        fixture.actor.actAs(HACKNEY_EDITOR);

        Adoption declared = target.declareAdoption(key, HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, LocalDate.of(2026, 3, 1), "https://hackney.gov.uk/bins"));
        fixture.actor.actAs(BRIGHTON_EDITOR);
        Adoption confirmed = target.confirmAdoption(key, HACKNEY);

        assertThat(declared.isConfirmed()).isFalse();
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(confirmed.confirmedBy()).isEqualTo("user-brighton-editor");
        assertThat(target.get(key).adoptions().using()).isEqualTo(1);
        assertThat(target.adoptions(key, PageRequest.FIRST).items()).containsExactly(confirmed);
        assertThat(fixture.audit.records()).extracting(r -> r.summaryKey()).containsExactly(
                "connected-councils.audit.solution.created", "connected-councils.audit.solution.published",
                "connected-councils.audit.adoption.declared", "connected-councils.audit.adoption.confirmed");
    }

    @Test
    public void adoption_stateChangeNeedsConfirmationAgainAndMovesCounts() {
        SolutionKey key = publishedSolution();
        fixture.actor.actAs(HACKNEY_EDITOR);
        target.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.EVALUATING, null, null));
        fixture.actor.actAs(BRIGHTON_EDITOR);
        target.confirmAdoption(key, HACKNEY);
        fixture.actor.actAs(HACKNEY_EDITOR);

        Adoption changed = target.declareAdoption(key, HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, null, null));

        assertThat(changed.isConfirmed()).isFalse();
        Solution after = target.get(key);
        assertThat(after.adoptions().evaluating()).isZero();
        assertThat(after.adoptions().using()).isEqualTo(1);
    }

    @Test
    public void adoption_ofOwnEntryOrByNonEditorIsRefused() {
        SolutionKey key = publishedSolution();

        assertThatThrownBy(() -> target.declareAdoption(key, BRIGHTON,
                new AdoptionDeclaration(AdoptionState.USING, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("councilCode"));
        assertThatThrownBy(() -> target.declareAdoption(key, LEEDS,
                new AdoptionDeclaration(AdoptionState.USING, null, null)))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void adoption_confirmByAdopterIsRefused() {
        SolutionKey key = publishedSolution();
        fixture.actor.actAs(HACKNEY_EDITOR);
        target.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.USING, null, null));

        assertThatThrownBy(() -> target.confirmAdoption(key, HACKNEY))
                .isInstanceOf(Refusal.NotAllowed.class);
    }

    @Test
    public void adoption_ofDraftIsAConflict() {
        Solution draft = target.create(aSolution().build());
        fixture.actor.actAs(ADMIN);

        assertThatThrownBy(() -> target.declareAdoption(draft.key(), HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, null, null)))
                .isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void adoption_inTheFutureOrWithBadEvidenceIsInvalid() {
        SolutionKey key = publishedSolution();
        fixture.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.declareAdoption(key, HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, LocalDate.of(2030, 1, 1), "ftp://x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("since", "evidenceUrl"));
        assertThat(target.adoptions(key, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void adoptionsBy_listsTheCouncilsDeclarations() {
        SolutionKey key = publishedSolution();
        fixture.actor.actAs(HACKNEY_EDITOR);
        target.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.STOPPED, null, null));

        assertThat(target.adoptionsBy(HACKNEY, PageRequest.FIRST).items())
                .extracting(Adoption::solution).containsExactly(key);
        assertThat(target.adoptionsBy(LEEDS, PageRequest.FIRST).total()).isZero();
        assertThat(target.get(key).adoptions().stopped()).isEqualTo(1);
        assertThat(target.list(SolutionQuery.all()).page().items()).extracting(s -> s.adoptions().stopped())
                .containsExactly(1);
        assertThat(fixture.store.adoptions(key, PageRequest.FIRST).items().stream()
                .map(a -> a.council().value()).collect(Collectors.toList())).containsExactly("E09000012");
    }

    private SolutionKey publishedSolution() {
        Solution created = target.create(aSolution().build());
        target.publish(created.key());
        return created.key();
    }
}
