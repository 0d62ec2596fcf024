package org.connectedcouncils.register.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an entry is due to be confirmed as still current again, as seen at {@code now}: a published entry, not
 * retired, whose last confirmation (or creation, when later or never confirmed) is more than {@code days} days
 * before {@code now}. Exactly {@code days} days is not yet due. Drafts and retired entries are never due.
 */
public record ConfirmationRule(int days, Instant now) {

    public ConfirmationRule {
        Objects.requireNonNull(now, "now");
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
    }

    public boolean isDue(Solution solution) {
        if (!solution.isPublished() || solution.content().phase() == Phase.RETIRED) {
            return false;
        }
        Instant since = later(solution.created(), solution.lastConfirmed());
        return since != null && since.plus(Duration.ofDays(days)).isBefore(now);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
