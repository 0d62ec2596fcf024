package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.SolutionTestData.fullReuseTerms;

import java.time.LocalDate;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Retirement;
import org.connectedcouncils.register.domain.ReuseTerms;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Issue 15 on a real database: reuse terms, retiring with lessons learned, deleting drafts, adoption details. */
public class ContributorWritesDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);

    private final RegisterFixture fixture = new RegisterFixture();
    private SolutionRegister target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.register;
        fixture.actor.actAs(BRIGHTON_EDITOR);
    }

    @Test
    public void reuseTerms_areStoredReadAndListedWithoutTheLongText() {
        SolutionContent content = aSolution().withReuse(fullReuseTerms()).build();

        Solution created = target.create(content);

        assertThat(target.get(created.key()).content().reuse()).isEqualTo(fullReuseTerms());
        ReuseTerms listed = target.list(SolutionQuery.all()).page().items().get(0).content().reuse();
        assertThat(listed.support()).isEqualTo(SupportLevel.BEST_EFFORT);
        assertThat(listed.hostingOptions()).containsExactlyInAnyOrder(Hosting.SELF_HOSTED, Hosting.OWNER_HOSTED);
        assertThat(listed.adoptionAnnualCost()).isEqualTo(Money.of(120_000, "GBP"));
        assertThat(listed.adopterNeeds()).isNull();
    }

    @Test
    public void reuseTerms_changesAreHistoryLinesAndAnEditKeepsThemOnlyWhenSent() {
        Solution created = target.create(aSolution().build());

        Solution edited = target.update(created.key(), 1, aSolution().withReuse(fullReuseTerms()).build());
        Solution cleared = target.update(created.key(), edited.version(), aSolution().build());

        assertThat(target.history(created.key(), PageRequest.of(0, 100)).items()).extracting(HistoryEntry::field)
                .contains("reuse.support", "reuse.contact", "reuse.procurementRoute", "reuse.dpiaAvailable",
                        "reuse.dpiaUrl", "reuse.accessibilityStatementUrl", "reuse.hostingOptions",
                        "reuse.adoptionOneOffCost", "reuse.adoptionAnnualCost", "reuse.adopterNeeds");
        assertThat(cleared.content().reuse()).isEqualTo(ReuseTerms.NONE);
    }

    @Test
    public void reuseTerms_badValuesAreRefusedNamingEachField() {
        ReuseTerms bad = new ReuseTerms(null, "c".repeat(256), null, false, "javascript:alert(1)",
                "ftp://example.org/a11y", Set.of(), Money.of(-1, "GBP"), Money.of(100, "EUR"), "n".repeat(10_001));

        assertThatThrownBy(() -> target.create(aSolution().withReuse(bad).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("reuse.contact", "reuse.dpiaUrl",
                                "reuse.accessibilityStatementUrl", "reuse.adoptionOneOffCost.amount",
                                "reuse.adoptionAnnualCost.currency", "reuse.adopterNeeds"));
        assertThat(target.list(SolutionQuery.all()).page().total()).isZero();
    }

    @Test
    public void reuseTerms_aDpiaLinkNeedsTheAssessmentToBeAvailable() {
        ReuseTerms terms = new ReuseTerms(null, null, null, false, "https://example.org/dpia", null, Set.of(), null,
                null, null);

        assertThatThrownBy(() -> target.create(aSolution().withReuse(terms).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("reuse.dpiaUrl",
                                "connected-councils.error.dpiaLinkWithoutDpia")));
    }

    @Test
    public void retire_keepsReasonLessonsAndReplacementThroughLaterEdits() {
        Solution replacement = target.publish(target.create(aSolution().named("New bins").build()).key());
        Solution created = target.create(aSolution().build());

        Solution retired = target.retire(created.key(), new Retirement("  Replaced by the new service ",
                "Talk to residents first", replacement.key()));
        Solution edited = target.update(created.key(), retired.version(), aSolution().named("Renamed").build());

        Retirement expected = new Retirement("Replaced by the new service", "Talk to residents first",
                replacement.key());
        assertThat(retired.retirement()).isEqualTo(expected);
        assertThat(target.get(created.key()).retirement()).isEqualTo(expected);
        assertThat(edited.content().phase()).isEqualTo(Phase.RETIRED);
        assertThat(target.history(created.key(), PageRequest.of(0, 100)).items()).extracting(HistoryEntry::field)
                .contains("phase", "retirement.reason", "retirement.lessonsLearned", "retirement.replacedBy");
    }

    @Test
    public void retire_needsAReasonAndBoundedTextsAndWritesNothingOtherwise() {
        Solution created = target.create(aSolution().build());

        assertThatThrownBy(() -> target.retire(created.key(), new Retirement(" ", "l".repeat(10_001), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("reason", "lessonsLearned"));
        assertThatThrownBy(() -> target.retire(created.key(), new Retirement("r".repeat(2_001), null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(target.get(created.key()).content().phase()).isEqualTo(Phase.BETA);
    }

    @Test
    public void retire_refusesItselfAndEntriesTheEditorCannotSeeAsReplacement() {
        Solution created = target.create(aSolution().build());
        fixture.actor.actAs(HACKNEY_EDITOR);
        Solution hackneyDraft = target.create(aSolution().ownedBy(HACKNEY).withKeyContact(null).build());
        fixture.actor.actAs(BRIGHTON_EDITOR);

        assertThatThrownBy(() -> target.retire(created.key(), new Retirement("r", null, created.key())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("replacedBy"));
        assertThatThrownBy(() -> target.retire(created.key(), new Retirement("r", null, hackneyDraft.key())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("replacedBy", "connected-councils.error.unknownEntry",
                                hackneyDraft.key().toString())));
        assertThatThrownBy(() -> target.retire(created.key(), new Retirement("r", null, SolutionKey.of(999_999))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    public void delete_removesANeverPublishedDraftAndAuditsIt() {
        Solution draft = target.create(aSolution().withReuse(fullReuseTerms()).build());
        Solution kept = target.create(aSolution().named("Kept").build());
        fixture.audit.clear();

        target.delete(draft.key());

        assertThatThrownBy(() -> target.get(draft.key())).isInstanceOf(Refusal.NotFound.class);
        assertThat(target.list(SolutionQuery.all()).page().items()).extracting(Solution::key)
                .containsExactly(kept.key());
        assertThat(target.history(kept.key(), PageRequest.of(0, 10)).items()).isNotEmpty();
        assertThat(fixture.audit.records()).extracting(AuditRecord::summaryKey)
                .containsExactly("connected-councils.audit.solution.deleted");
    }

    @Test
    public void delete_isAConflictOnceEverPublishedOrAdopted() {
        Solution published = target.publish(target.create(aSolution().build()).key());
        Solution retired = target.retire(published.key(), new Retirement("Gone", null, null));

        assertThatThrownBy(() -> target.delete(retired.key())).isInstanceOfSatisfying(Refusal.Conflict.class,
                e -> assertThat(e.getMessage()).contains("deletePublished"));
        assertThat(target.get(retired.key())).isNotNull();
    }

    @Test
    public void delete_isRefusedToOtherCouncilsAndForAnUnknownEntry() {
        Solution draft = target.create(aSolution().build());
        fixture.actor.actAs(HACKNEY_EDITOR);

        assertThatThrownBy(() -> target.delete(draft.key())).isInstanceOf(Refusal.NotFound.class);
        assertThatThrownBy(() -> target.delete(SolutionKey.of(999_999))).isInstanceOf(Refusal.NotFound.class);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(target.get(draft.key()).key()).isEqualTo(draft.key());
    }

    @Test
    public void adoptionDetails_areStoredWithHistoryAndKeptByConfirmation() {
        Solution published = target.publish(target.create(aSolution().build()).key());
        fixture.actor.actAs(HACKNEY_EDITOR);
        AdoptionDetails details = new AdoptionDetails(" 2.4.1 ", Hosting.SUPPLIER_HOSTED, "Acme Digital Ltd",
                Money.of(800_000, "GBP"));

        target.declareAdoption(published.key(), HACKNEY, new AdoptionDeclaration(AdoptionState.USING,
                LocalDate.of(2026, 1, 5), null, details));
        fixture.actor.actAs(BRIGHTON_EDITOR);
        Adoption confirmed = target.confirmAdoption(published.key(), HACKNEY);

        AdoptionDetails trimmed = new AdoptionDetails("2.4.1", Hosting.SUPPLIER_HOSTED, "Acme Digital Ltd",
                Money.of(800_000, "GBP"));
        assertThat(confirmed.details()).isEqualTo(trimmed);
        assertThat(target.adoptions(published.key(), PageRequest.of(0, 10)).items().get(0).details())
                .isEqualTo(trimmed);
        assertThat(target.history(published.key(), PageRequest.of(0, 100)).items()).extracting(HistoryEntry::field)
                .contains("release", "hosting", "supplier", "annualSaving");
    }

    @Test
    public void adoptionDetails_aChangeOfDetailsAloneIsSavedAndKeepsTheConfirmation() {
        Solution published = target.publish(target.create(aSolution().build()).key());
        fixture.actor.actAs(HACKNEY_EDITOR);
        target.declareAdoption(published.key(), HACKNEY, new AdoptionDeclaration(AdoptionState.USING, null, null));
        fixture.actor.actAs(BRIGHTON_EDITOR);
        target.confirmAdoption(published.key(), HACKNEY);
        fixture.actor.actAs(HACKNEY_EDITOR);

        Adoption changed = target.declareAdoption(published.key(), HACKNEY, new AdoptionDeclaration(
                AdoptionState.USING, null, null, new AdoptionDetails("3.0", null, null, null)));

        assertThat(changed.details().release()).isEqualTo("3.0");
        assertThat(changed.isConfirmed()).isTrue();
    }

    @Test
    public void figures_keepSavingsReportedByAdoptersApartFromTheOwners() {
        Solution published = target.publish(target.create(aSolution().build()).key());
        fixture.actor.actAs(HACKNEY_EDITOR);
        target.declareAdoption(published.key(), HACKNEY, new AdoptionDeclaration(AdoptionState.USING, null, null,
                new AdoptionDetails(null, null, null, Money.of(300_000, "GBP"))));
        fixture.actor.actAs(Actor.editor("user-leeds-editor", org.connectedcouncils.testing.SolutionTestData.LEEDS));
        target.declareAdoption(published.key(), org.connectedcouncils.testing.SolutionTestData.LEEDS,
                new AdoptionDeclaration(AdoptionState.EVALUATING, null, null,
                        new AdoptionDetails(null, null, null, Money.of(999_999, "GBP"))));
        Visibility reader = new Visibility(false, Set.of(), "reader");

        AdoptionFigures all = fixture.store.figures(SolutionQuery.all(), reader);
        AdoptionFigures byArea = fixture.store.figures(SolutionQuery.all().withServiceArea("waste"), reader);
        AdoptionFigures byHackney = fixture.store.figures(SolutionQuery.all().withAdopter(HACKNEY), reader);
        AdoptionFigures byLeeds = fixture.store.figures(SolutionQuery.all().withAdopter(
                org.connectedcouncils.testing.SolutionTestData.LEEDS), reader);

        assertThat(all.annualSavings()).containsExactly(java.util.Map.entry("GBP", 1_200_000L));
        assertThat(all.adopterSavings()).containsExactly(java.util.Map.entry("GBP", 300_000L));
        assertThat(byArea.adopterSavings()).isEqualTo(all.adopterSavings());
        assertThat(byHackney.adopterSavings()).containsExactly(java.util.Map.entry("GBP", 300_000L));
        assertThat(byLeeds.adopterSavings()).isEmpty();
    }

    @Test
    public void adoptionDetails_badValuesAreRefusedNamingEachField() {
        Solution published = target.publish(target.create(aSolution().build()).key());
        fixture.actor.actAs(HACKNEY_EDITOR);
        AdoptionDetails bad = new AdoptionDetails("r".repeat(101), null, "s".repeat(256), Money.of(-5, "XXZ"));

        assertThatThrownBy(() -> target.declareAdoption(published.key(), HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, null, null, bad)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("release", "supplier",
                                "annualSaving.amount", "annualSaving.currency"));
        assertThat(target.adoptions(published.key(), PageRequest.of(0, 10)).items()).isEmpty();
    }
}
