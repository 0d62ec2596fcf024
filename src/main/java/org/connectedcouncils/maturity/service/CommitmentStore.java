package org.connectedcouncils.maturity.service;

import java.time.Instant;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CouncilCommitment;

/** Storage of councils' commitments; each write joins the caller's transaction when one is open. */
public interface CommitmentStore {

    CouncilCommitment add(CouncilCode council, CommitmentDraft draft, String author, Instant now);

    Optional<CouncilCommitment> find(long id);

    CouncilCommitment update(long id, CommitmentDraft draft, Instant now);

    /** Removes a commitment; false when there was none. */
    boolean delete(long id);

    /** The filter's commitments, newest recorded first; two statements (items and count). */
    Page<CouncilCommitment> list(CommitmentFilter filter, PageRequest page);
}
