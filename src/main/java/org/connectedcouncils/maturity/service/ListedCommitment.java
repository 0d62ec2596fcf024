package org.connectedcouncils.maturity.service;

import org.connectedcouncils.maturity.domain.CouncilCommitment;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/**
 * A commitment as lists show it: with its council's name and the working group it links (null when it links none or
 * the group is gone; {@code groupGone} tells the two apart).
 */
public record ListedCommitment(CouncilCommitment commitment, String councilName, WorkingGroup group,
        boolean groupGone) {
}
