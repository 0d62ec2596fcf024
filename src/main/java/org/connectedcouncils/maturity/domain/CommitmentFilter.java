package org.connectedcouncils.maturity.domain;

import org.connectedcouncils.common.domain.CouncilCode;

/** Which commitments a list shows: one council, one status, one kind (null: any). */
public record CommitmentFilter(CouncilCode council, CommitmentStatus status, CommitmentKind kind) {

    public static CommitmentFilter of(CouncilCode council) {
        return new CommitmentFilter(council, null, null);
    }
}
