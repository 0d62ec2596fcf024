package org.connectedcouncils.workinggroup.service;

import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** Storage of groups' charters: one commitment per (group, council), each write one transaction. */
public interface CharterStore {

    /** The group's commitments by council code. */
    Page<Commitment> charter(WorkingGroupKey key, PageRequest page);

    Optional<Commitment> find(WorkingGroupKey key, CouncilCode council);

    /** Stores the council's commitment, replacing the one it had (its progress mark is kept). */
    Commitment save(Commitment commitment);

    /** Stores the progress mark of an existing commitment. */
    Commitment mark(Commitment commitment);
}
