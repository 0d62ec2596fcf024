package org.connectedcouncils.workinggroup.service;

import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** A group's charter (what each member council commits) and its history, acting as the current user. */
public interface GroupRecords {

    /** The charter by council, for anyone signed in. */
    Page<Commitment> charter(WorkingGroupKey key, PageRequest page);

    /**
     * The whole charter in council order, for a download: a line per council of the group, read a page of
     * {@link PageRequest#MAX_LIMIT} at a time, at most {@link GroupCharters#MAX_WHOLE_CHARTER} lines.
     */
    List<Commitment> wholeCharter(WorkingGroupKey key);

    /**
     * Records what a lead or member council commits (its own editors, the lead's editors or an admin); an observer
     * commits nothing. The progress mark it had is kept.
     */
    Commitment commit(WorkingGroupKey key, CouncilCode council, CommitmentTerms terms);

    /** The lead's editors mark a commitment met or at risk (null clears the mark). */
    Commitment mark(WorkingGroupKey key, CouncilCode council, CommitmentProgress progress);

    /**
     * The group's history, newest first. Declined join requests and invitations are shown only to those who may
     * read them (the lead's editors and admins).
     */
    Page<GroupHistoryEntry> history(WorkingGroupKey key, PageRequest page);

    /** Whether the current user may record the commitment of {@code council} (for views). */
    boolean mayCommitFor(WorkingGroupKey key, CouncilCode council);
}
