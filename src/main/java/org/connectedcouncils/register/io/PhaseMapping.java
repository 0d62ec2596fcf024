package org.connectedcouncils.register.io;

import org.connectedcouncils.register.domain.Phase;

/**
 * publiccode.yml {@code developmentStatus} ↔ register phase. The register's phases are finer (GDS discovery
 * and alpha), so: concept → concept, development → alpha, beta → beta, stable → live, obsolete → retired; and back
 * concept/discovery → concept, alpha → development, beta → beta, live → stable, retired → obsolete.
 */
final class PhaseMapping {

    private PhaseMapping() {
    }

    static Phase phaseOf(String status) {
        return switch (status) {
            case "concept" -> Phase.CONCEPT;
            case "development" -> Phase.ALPHA;
            case "beta" -> Phase.BETA;
            case "stable" -> Phase.LIVE;
            case "obsolete" -> Phase.RETIRED;
            default -> throw new IllegalArgumentException("Not a developmentStatus: " + status);
        };
    }

    static String statusOf(Phase phase) {
        return switch (phase) {
            case CONCEPT, DISCOVERY -> "concept";
            case ALPHA -> "development";
            case BETA -> "beta";
            case LIVE -> "stable";
            case RETIRED -> "obsolete";
        };
    }
}
