package org.connectedcouncils.maturity.domain;

import java.util.List;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;

/** A council's profile: per active service area its current assessment (or none) beside its type's median. */
public record CouncilMaturity(Council council, List<Bar> bars) {

    public CouncilMaturity {
        bars = List.copyOf(bars);
    }

    /** One service area: the current assessment with its reviews (null when none) and the median (null when none). */
    public record Bar(ServiceArea area, ReviewedAssessment current, Double typeMedian) {
    }

    public boolean assessedAny() {
        return bars.stream().anyMatch(b -> b.current() != null);
    }
}
