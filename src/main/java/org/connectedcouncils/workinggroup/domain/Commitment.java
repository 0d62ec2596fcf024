package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

import org.connectedcouncils.common.domain.CouncilCode;

/** One line of a group's charter: a member council's commitment, how it stands, and who last changed it. */
public record Commitment(WorkingGroupKey group, CouncilCode council, CommitmentTerms terms,
        CommitmentProgress progress, Instant updated, String updatedBy) {

    public Commitment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(terms, "terms");
    }
}
