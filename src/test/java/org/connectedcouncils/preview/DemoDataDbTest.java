package org.connectedcouncils.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.ConfirmationPolicy;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Test;

/** The demo data loads through the real use cases and covers what the preview must show. */
public class DemoDataDbTest {

    /** "Today" for the demo data: the fixture's clock starts 400 days before, as the preview's loader does. */
    private static final Instant LATER = RegisterFixture.START.plus(Duration.ofDays(400));

    private final RegisterFixture fixture = new RegisterFixture().reset();

    @Test
    public void load_coversEveryPhaseAndAdoptionState() {
        int count = DemoData.load(fixture.councils, fixture.register, fixture.actor, fixture.clock, LATER);

        fixture.actor.actAs(Actor.viewer("viewer"));
        SolutionList all = fixture.register.list(SolutionQuery.all().withPage(new PageRequest(0, 100))
                .withFacets(true));
        assertThat(count).isGreaterThanOrEqualTo(40);
        assertThat(all.page().total()).isEqualTo(count);
        assertThat(all.facets().counts().get("phase").keySet())
                .containsAll(Set.of(Phase.values()).stream().map(Phase::code).toList());
        assertThat(all.page().items().stream().mapToInt(s -> s.adoptions().of(AdoptionState.STOPPED)).sum())
                .isPositive();
        assertThat(all.page().items().stream().mapToInt(s -> s.adoptions().of(AdoptionState.EVALUATING)).sum())
                .isPositive();
        assertThat(fixture.councils.list(null, new PageRequest(0, 100)).total()).isGreaterThanOrEqualTo(30);
    }

    @Test
    public void load_leavesAFewPublishedEntriesDueForConfirmation() {
        int count = DemoData.load(fixture.councils, fixture.register, fixture.actor, fixture.clock, LATER);

        fixture.actor.actAs(Actor.viewer("viewer"));
        List<Solution> all = fixture.register.list(SolutionQuery.all().withPage(new PageRequest(0, 100))).page()
                .items();
        ConfirmationRule rule = new ConfirmationRule(AppSettings.DEFAULTS.stalenessDays(), LATER);
        assertThat(all).hasSize(count);
        assertThat(all.stream().filter(rule::isDue).count()).isBetween(3L, count / 5L);
    }

    @Test
    public void lapse_makesOneOfHackneysAdoptionsLapsed_andTheClockCarriesOn() {
        Instant now = RegisterFixture.START.plus(Duration.ofDays(430));
        DemoData.load(fixture.councils, fixture.register, fixture.actor, fixture.clock, now);
        Instant before = fixture.clock.instant();

        Adoption lapsed = DemoLapse.load(fixture.store, ConfirmationPolicy.fixed(180), fixture.clock, now)
                .orElseThrow();

        assertThat(fixture.clock.instant()).isEqualTo(before);
        assertThat(lapsed.council()).isEqualTo(DemoLapse.ADOPTER);
        assertThat(lapsed.isLapsed()).isTrue();
        assertThat(fixture.store.findAdoption(lapsed.solution(), DemoLapse.ADOPTER).orElseThrow().isLapsed())
                .isTrue();
    }
}
