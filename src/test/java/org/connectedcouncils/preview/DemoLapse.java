package org.connectedcouncils.preview;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.service.ConfirmationPolicy;
import org.connectedcouncils.register.service.RegisterFreshness;
import org.connectedcouncils.register.service.SolutionStore;
import org.connectedcouncils.register.service.SolutionStore.AdoptionCheck;
import org.connectedcouncils.testing.MutableClock;

/**
 * One lapsed adoption in the demo data, made the way the jobs make one: Hackney's first adoption (not stopped) is asked
 * "do you still use it?" just over the grace period before {@code now} and nobody answers, so it has lapsed by now; the
 * clock then carries on where it was. The preview then shows the "lapsed" mark and its re-confirm button on a real entry.
 */
final class DemoLapse {

    static final CouncilCode ADOPTER = CouncilCode.of("E09000012");

    private DemoLapse() {
    }

    /** Lapses one adoption of {@link #ADOPTER}; answers it, or empty when the demo data has none to lapse. */
    static Optional<Adoption> load(SolutionStore store, ConfirmationPolicy policy, MutableClock clock, Instant now) {
        RegisterFreshness freshness = new RegisterFreshness(store, policy, clock);
        Instant carryOn = clock.instant();
        clock.set(now.minus(Duration.ofDays(policy.adoptionGraceDays() + 1L)));
        Optional<AdoptionCheck> asked = freshness.adoptionsToAsk(null, 100).due().stream()
                .filter(c -> c.adoption().council().equals(ADOPTER))
                .filter(c -> c.adoption().state() != AdoptionState.STOPPED)
                .findFirst()
                .filter(freshness::markAsked);
        clock.set(now);
        try {
            return asked.flatMap(a -> freshness.adoptionsToLapse(null, 100).due().stream()
                    .filter(c -> c.adoption().solution().equals(a.adoption().solution())
                            && c.adoption().council().equals(ADOPTER))
                    .findFirst()
                    .flatMap(freshness::lapse));
        } finally {
            clock.set(carryOn);
        }
    }
}
