package org.connectedcouncils.maturity.domain;

import java.time.Instant;

import org.connectedcouncils.common.domain.CouncilCode;

/** A stored commitment of a council, with who recorded it and when it last changed. */
public record CouncilCommitment(long id, CouncilCode council, CommitmentDraft draft, String author, Instant created,
        Instant updated) {
}
