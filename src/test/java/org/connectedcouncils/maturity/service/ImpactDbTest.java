package org.connectedcouncils.maturity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGroup;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.ImpactRollup;
import org.connectedcouncils.maturity.domain.ImpactTotal;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.service.SolutionStore;
import org.junit.Before;
import org.junit.Test;

/**
 * The impact roll-up's arithmetic on a real database: per currency, never converted; only owner-confirmed "using"
 * adoptions count; drafts and entries with nothing to say are left out; adopters' own savings stay apart.
 */
public class ImpactDbTest {

    static final CouncilCode BRISTOL = CouncilCode.of("E06000023");
    static final LocalDate SINCE = LocalDate.of(2026, 6, 1);

    private final MaturityFixture fixture = new MaturityFixture();
    private Maturity target;
    private SolutionKey bins;
    private SolutionKey permits;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.register.councils.save(Council.active(BRISTOL.value(), "Bristol City Council", CouncilType.UNITARY,
                "South West"));
        target = fixture.maturity;
        fixture.register.actor.actAs(Actor.administrator("admin"));
        var register = fixture.register.register;
        bins = register.create(aSolution().named("Bin rounds").ownedBy(BRIGHTON).inAreas("waste")
                .withCosts(Money.of(500_000, "GBP"), Money.of(20_000, "GBP"), Money.of(100_000, "GBP"))
                .withOutcomes("Fewer missed bins").build()).key();
        register.publish(bins);
        permits = register.create(aSolution().named("Parking permits").ownedBy(BRIGHTON).inAreas("waste", "parking")
                .withCosts(null, null, Money.of(50_000, "EUR")).withOutcomes(null).build()).key();
        register.publish(permits);
        SolutionKey draft = register.create(aSolution().named("Draft").ownedBy(LEEDS).inAreas("parking")
                .withCosts(null, null, Money.of(900_000, "GBP")).build()).key();
        SolutionKey silent = register.create(aSolution().named("Silent").ownedBy(HACKNEY).inAreas("parking")
                .withCosts(null, null, null).withOutcomes(null).build()).key();
        register.publish(silent);

        using(bins, HACKNEY, Money.of(30_000, "GBP"), true);
        using(bins, LEEDS, Money.of(20_000, "EUR"), true);
        using(bins, BRISTOL, Money.of(999_999, "GBP"), false);
        using(permits, HACKNEY, null, true);
        register.declareAdoption(permits, LEEDS, new AdoptionDeclaration(AdoptionState.EVALUATING, SINCE, null));
        register.confirmAdoption(permits, LEEDS);
        assertThat(register.get(draft).key()).isEqualTo(draft);
        fixture.register.actor.actAs(Actor.viewer("reader"));
    }

    private void using(SolutionKey key, CouncilCode council, Money saving, boolean confirmed) {
        fixture.register.register.declareAdoption(key, council, new AdoptionDeclaration(AdoptionState.USING, SINCE,
                null, new AdoptionDetails(null, null, null, saving)));
        if (confirmed) {
            fixture.register.register.confirmAdoption(key, council);
        }
    }

    @Test
    public void perCouncil_sumsEachCurrencyApart_countingOnlyConfirmedUse() {
        ImpactRollup rollup = target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, null, null));

        assertThat(rollup.groups()).extracting(ImpactGroup::code).containsExactly(BRIGHTON.value());
        ImpactGroup brighton = rollup.groups().get(0);
        assertThat(brighton.name()).isEqualTo("Brighton and Hove City Council");
        assertThat(brighton.entries()).isEqualTo(2);
        assertThat(brighton.councilsReusing()).isEqualTo(2);
        // GBP: one declared saving of 1,000.00 used by two confirmed councils; Bristol's unconfirmed use is not.
        assertThat(brighton.totals()).containsExactly(
                new ImpactTotal("EUR", 50_000, 1, 50_000, 1, 20_000, 1, 0, 0, 0, 0),
                new ImpactTotal("GBP", 100_000, 1, 200_000, 2, 30_000, 1, 500_000, 1, 20_000, 1));
        assertThat(brighton.lines()).extracting(l -> l.name(), l -> l.reuseSaving(), l -> l.outcomes())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bin rounds", 200_000L, "Fewer missed bins"),
                        org.assertj.core.groups.Tuple.tuple("Parking permits", 50_000L, null));
        assertThat(brighton.lines().get(0).adopters()).containsExactly(LEEDS, HACKNEY);
    }

    @Test
    public void confirmingAnAdoption_addsTheDeclaredSavingOnceMore() {
        fixture.register.actor.actAs(Actor.administrator("admin"));
        fixture.register.register.confirmAdoption(bins, BRISTOL);
        fixture.register.actor.actAs(Actor.viewer("reader"));

        ImpactTotal gbp = target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, BRIGHTON, null)).groups().get(0)
                .totals().stream().filter(t -> t.currency().equals("GBP")).findFirst().orElseThrow();

        assertThat(gbp.reuse()).isEqualTo(300_000);
        assertThat(gbp.reuseAdoptions()).isEqualTo(3);
        assertThat(gbp.reported()).isEqualTo(30_000 + 999_999);
        assertThat(gbp.declared()).isEqualTo(100_000);
    }

    @Test
    public void aLapsedAdoption_countsNoMore_untilTheAdopterReconfirms() {
        var store = fixture.register.store;
        var leeds = store.findAdoption(bins, LEEDS).orElseThrow();
        assertThat(store.lapse(new SolutionStore.AdoptionCheck(leeds, null), fixture.register.clock.instant(),
                new HistoryEntry(bins, "adoption:" + LEEDS.value(), "lapsed", null, "using", "app",
                        fixture.register.clock.instant()))).isPresent();

        ImpactTotal lapsed = gbp();
        fixture.register.actor.actAs(Actor.administrator("admin"));
        fixture.register.register.reconfirmAdoption(bins, LEEDS);
        fixture.register.actor.actAs(Actor.viewer("reader"));

        assertThat(lapsed.reuse()).as("Hackney's confirmed use only").isEqualTo(100_000);
        assertThat(lapsed.reuseAdoptions()).isEqualTo(1);
        assertThat(gbp().reuseAdoptions()).as("restored by one re-confirmation").isEqualTo(2);
    }

    private ImpactTotal gbp() {
        return target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, BRIGHTON, null)).groups().get(0)
                .totals().stream().filter(t -> t.currency().equals("GBP")).findFirst().orElseThrow();
    }

    @Test
    public void perArea_countsAnEntryInEachOfItsAreas() {
        ImpactRollup rollup = target.impact(new ImpactFilter(ImpactGrouping.AREA, null, null));

        assertThat(rollup.groups()).extracting(ImpactGroup::code).containsExactlyInAnyOrder("waste", "parking");
        ImpactGroup parking = rollup.groups().stream().filter(g -> g.code().equals("parking")).findFirst()
                .orElseThrow();
        assertThat(parking.totals()).containsExactly(
                new ImpactTotal("EUR", 50_000, 1, 50_000, 1, 0, 0, 0, 0, 0, 0));
        assertThat(parking.councilsReusing()).isEqualTo(1);
        ImpactGroup waste = rollup.groups().stream().filter(g -> g.code().equals("waste")).findFirst()
                .orElseThrow();
        assertThat(waste.entries()).isEqualTo(2);
        assertThat(waste.totals()).extracting(ImpactTotal::currency).containsExactly("EUR", "GBP");

        assertThat(target.impact(new ImpactFilter(ImpactGrouping.AREA, null, "parking")).groups())
                .extracting(ImpactGroup::code).containsExactly("parking");
    }

    @Test
    public void filters_areChecked_andAnonymousReadersAreRefused() {
        assertThatThrownBy(() -> target.impact(new ImpactFilter(ImpactGrouping.AREA, null, "no-such-area")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("area"));
        assertThatThrownBy(() -> target.impact(new ImpactFilter(ImpactGrouping.AREA, CouncilCode.of("E99999999"),
                null))).isInstanceOf(Refusal.NotFound.class);
        assertThat(target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, HACKNEY, null)).groups()).isEmpty();
        fixture.register.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.impact(new ImpactFilter(null, null, null)))
                .isInstanceOf(Refusal.NotAuthenticated.class);
    }

    @Test
    public void statements_doNotGrowWithTheRegister() {
        int before = statements(() -> target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, null, null)));
        fixture.register.actor.actAs(Actor.administrator("admin"));
        for (int i = 0; i < 5; i++) {
            SolutionKey more = fixture.register.register.create(aSolution().named("More " + i).ownedBy(LEEDS)
                    .inAreas("waste").withCosts(null, null, Money.of(1_000, "GBP")).build()).key();
            fixture.register.register.publish(more);
            using(more, HACKNEY, null, true);
        }
        fixture.register.actor.actAs(Actor.viewer("reader"));

        int after = statements(() -> target.impact(new ImpactFilter(ImpactGrouping.COUNCIL, null, null)));
        assertThat(after).as("statements before %d, after %d", before, after).isEqualTo(before)
                .isLessThanOrEqualTo(4);
    }

    private int statements(Supplier<?> call) {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            call.get();
            return counter.count();
        }
    }
}
