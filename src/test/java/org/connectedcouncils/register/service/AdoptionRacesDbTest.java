package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.Races;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** Declaring and confirming one adoption at the same moment, on a real database: no write is lost. */
public class AdoptionRacesDbTest {

    /** Edits for the owner and the adopter, so one actor (shared by every thread) can declare and confirm. */
    private static final Actor BOTH = Actor.editor("user-brighton-and-hackney", BRIGHTON, HACKNEY);

    private final RegisterFixture fixture = new RegisterFixture();

    @Before
    public void setUp() {
        fixture.reset();
        fixture.actor.actAs(BOTH);
    }

    @Test
    public void confirmationsAndADeclarationAtOnce_neverLoseTheDeclaredState() {
        for (int round = 0; round < 8; round++) {
            SolutionKey key = fixture.register.create(aSolution().named("Round " + round).build()).key();
            fixture.register.publish(key);
            fixture.register.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.EVALUATING, null,
                    null));

            List<Object> outcomes = Races.all(List.of(
                    () -> fixture.register.confirmAdoption(key, HACKNEY),
                    () -> fixture.register.declareAdoption(key, HACKNEY, new AdoptionDeclaration(AdoptionState.USING,
                            null, null)),
                    () -> fixture.register.confirmAdoption(key, HACKNEY)));

            assertThat(outcomes).as("round %d", round).filteredOn(o -> o instanceof Throwable)
                    .allSatisfy(o -> assertThat(o).isInstanceOf(Refusal.Conflict.class));
            // A re-declaration that changes the state clears the confirmation, so two confirmations are right only
            // when the declaration succeeded between them (each confirms its own declaration); otherwise one.
            boolean redeclared = !(outcomes.get(1) instanceof Throwable);
            assertThat(Races.successes(outcomes.subList(0, 1)) + Races.successes(outcomes.subList(2, 3)))
                    .as("round %d: one confirmation per declaration at most", round)
                    .isLessThanOrEqualTo(redeclared ? 2 : 1);
            Adoption stored = fixture.register.adoptions(key, org.connectedcouncils.common.domain.PageRequest.FIRST)
                    .items().get(0);
            if (!(outcomes.get(1) instanceof Throwable)) {
                assertThat(stored.state()).as("round %d: %s", round, outcomes).isEqualTo(AdoptionState.USING);
            }
            assertThat(fixture.register.get(key).adoptions().using() + fixture.register.get(key).adoptions()
                    .evaluating()).as("round %d: counts follow the row", round).isEqualTo(1);
        }
    }
}
