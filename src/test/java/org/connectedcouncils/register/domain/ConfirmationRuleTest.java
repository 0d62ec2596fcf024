package org.connectedcouncils.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.Instant;

import org.junit.Test;

public class ConfirmationRuleTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T08:30:00Z");
    private static final Instant NINETY_DAYS_LATER = CREATED.plus(Duration.ofDays(90));

    @Test
    public void isDue_isFalseAtExactlyTheLimit() {
        ConfirmationRule target = new ConfirmationRule(90, NINETY_DAYS_LATER);

        boolean due = target.isDue(published(CREATED, null));

        assertThat(due).isFalse();
    }

    @Test
    public void isDue_isTrueOneSecondPastTheLimit() {
        ConfirmationRule target = new ConfirmationRule(90, NINETY_DAYS_LATER.plusSeconds(1));

        boolean due = target.isDue(published(CREATED, null));

        assertThat(due).isTrue();
    }

    @Test
    public void isDue_countsFromTheLastConfirmationWhenItIsLater() {
        Instant confirmed = CREATED.plus(Duration.ofDays(10));
        ConfirmationRule target = new ConfirmationRule(90, NINETY_DAYS_LATER.plusSeconds(1));

        boolean justBefore = target.isDue(published(CREATED, confirmed));
        boolean justAfter = new ConfirmationRule(90, confirmed.plus(Duration.ofDays(90)).plusSeconds(1))
                .isDue(published(CREATED, confirmed));

        assertThat(justBefore).isFalse();
        assertThat(justAfter).isTrue();
    }

    @Test
    public void isDue_countsFromTheCreationWhenTheConfirmationIsOlder() {
        ConfirmationRule target = new ConfirmationRule(90, NINETY_DAYS_LATER);

        boolean due = target.isDue(published(CREATED, CREATED.minus(Duration.ofDays(400))));

        assertThat(due).isFalse();
    }

    @Test
    public void isDue_isNeverTrueForDrafts() {
        ConfirmationRule target = new ConfirmationRule(90, CREATED.plus(Duration.ofDays(1000)));
        Solution draft = new Solution(SolutionKey.of(1), aSolution().build(), EntryState.DRAFT, null, CREATED, "u1",
                CREATED, null, 1);

        boolean due = target.isDue(draft);

        assertThat(due).isFalse();
    }

    @Test
    public void isDue_isNeverTrueForRetiredEntries() {
        ConfirmationRule target = new ConfirmationRule(90, CREATED.plus(Duration.ofDays(1000)));
        Solution retired = new Solution(SolutionKey.of(1), aSolution().withPhase(Phase.RETIRED).build(),
                EntryState.PUBLISHED, null, CREATED, "u1", CREATED, CREATED, 1);

        boolean due = target.isDue(retired);

        assertThat(due).isFalse();
    }

    @Test
    public void new_refusesALimitBelowOneDay() {
        assertThatThrownBy(() -> new ConfirmationRule(0, CREATED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Solution published(Instant created, Instant lastConfirmed) {
        return new Solution(SolutionKey.of(1), aSolution().build(), EntryState.PUBLISHED, null, created, "u1",
                created, lastConfirmed, 1);
    }
}
