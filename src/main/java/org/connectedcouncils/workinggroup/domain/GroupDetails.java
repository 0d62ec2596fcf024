package org.connectedcouncils.workinggroup.domain;

import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.register.domain.SolutionKey;

/**
 * What the lead council's editors write about a group: name, aim, service areas, collaboration model, cadence
 * (e.g. "fortnightly on Teams"), exit criteria and the register entries it works on.
 */
public record GroupDetails(
        String name,
        String aim,
        Set<String> serviceAreas,
        CollaborationModel model,
        String cadence,
        String exitCriteria,
        Set<SolutionKey> linkedSolutions) {

    public GroupDetails {
        serviceAreas = serviceAreas == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(
                serviceAreas));
        linkedSolutions = linkedSolutions == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(
                linkedSolutions));
    }

    public boolean isFundingBid() {
        return model == CollaborationModel.FUNDING_BID_CONSORTIUM;
    }
}
