package org.connectedcouncils.maturity.domain;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;

/**
 * A council's profile: per active service area its current assessment (or none) beside its type's median, and the
 * names of the councils that reviewed it.
 */
public record CouncilMaturity(Council council, List<Bar> bars, Map<CouncilCode, String> councilNames) {

    public CouncilMaturity {
        bars = List.copyOf(bars);
        councilNames = Map.copyOf(councilNames);
    }

    /** A reviewing council's name, or its code when the directory no longer has it. */
    public String nameOf(CouncilCode code) {
        return councilNames.getOrDefault(code, code.toString());
    }

    /** One service area: the current assessment with its reviews (null when none) and the median (null when none). */
    public record Bar(ServiceArea area, ReviewedAssessment current, Double typeMedian) {
    }

    public boolean assessedAny() {
        return bars.stream().anyMatch(b -> b.current() != null);
    }
}
