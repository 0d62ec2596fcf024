package org.connectedcouncils.maturity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;

import java.time.LocalDate;
import java.util.List;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.testing.MaturityFixture;
import org.junit.Before;
import org.junit.Test;

/** Councils willing to lead on a real database: who may offer, the directory beside the maturity level, withdrawal. */
public class LeadersDbTest {

    private final MaturityFixture fixture = new MaturityFixture();
    private Maturity target;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.maturity;
        fixture.register.actor.actAs(Actor.editor("brighton-editor", BRIGHTON));
    }

    @Test
    public void offer_showsInTheDirectoryBesideTheLevel_once_andIsAudited() {
        target.assess(BRIGHTON, new NewAssessment("waste", 4, LocalDate.of(2026, 10, 1), "Shared round planning",
                new Evidence(List.of(), List.of())));
        target.offerToLead(BRIGHTON, "waste");
        target.offerToLead(BRIGHTON, "waste");
        target.offerToLead(BRIGHTON, "housing");
        fixture.register.actor.actAs(Actor.viewer("reader"));

        List<Leader> waste = target.leaders("waste", null);
        assertThat(waste).singleElement().satisfies(l -> {
            assertThat(l.councilName()).isEqualTo("Brighton and Hove City Council");
            assertThat(l.level()).isEqualTo(MaturityLevel.of(4).orElseThrow());
        });
        assertThat(target.leaders(null, BRIGHTON)).extracting(Leader::areaCode)
                .containsExactlyInAnyOrder("waste", "housing");
        assertThat(target.leaders("housing", null).get(0).level()).isNull();
        assertThat(fixture.register.audit.records()).anyMatch(r -> r.summaryKey().endsWith("leadOffered"));
    }

    @Test
    public void onlyTheCouncilsEditorsOfferAndWithdraw_andAnUnknownAreaIsRefused() {
        fixture.register.actor.actAs(Actor.editor("hackney-editor", HACKNEY));
        assertThatThrownBy(() -> target.offerToLead(BRIGHTON, "waste")).isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.offerToLead(HACKNEY, "no-such-area")).isInstanceOf(Refusal.NotFound.class);
        target.offerToLead(HACKNEY, "waste");

        target.withdrawLead(HACKNEY, "waste");

        assertThat(target.leaders("waste", null)).isEmpty();
        assertThatThrownBy(() -> target.withdrawLead(HACKNEY, "waste")).isInstanceOf(Refusal.NotFound.class);
    }
}
