package org.connectedcouncils.workinggroup.service;

import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** Storage of groups' history lines; a line joins the transaction of the write it records. */
public interface GroupHistoryStore {

    void record(GroupHistoryEntry entry);

    /** The group's lines newest first, leaving out the kinds in {@code hidden} (a page query and a count). */
    Page<GroupHistoryEntry> history(WorkingGroupKey key, Set<GroupHistoryEntry.What> hidden, PageRequest page);
}
