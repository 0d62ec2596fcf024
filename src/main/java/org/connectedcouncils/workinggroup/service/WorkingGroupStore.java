package org.connectedcouncils.workinggroup.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;

/**
 * Storage of groups and their memberships. Each write is one transaction (joining an outer one when open); the
 * database allows one membership per (group, council), and such clashes surface as
 * {@link org.connectedcouncils.common.domain.Refusal.Conflict}.
 */
public interface WorkingGroupStore {

    /** Stores a new forming group with a fresh key, its lead and its first members. */
    WorkingGroup create(NewWorkingGroup group, String actor, Instant now);

    /**
     * Replaces details and status, provided the stored version is still {@code current.version()}.
     *
     * @throws org.connectedcouncils.common.domain.Refusal.StaleVersion when someone saved in between
     */
    WorkingGroup save(WorkingGroup current, WorkingGroup next);

    /** Records the group's project page. */
    WorkingGroup linkProjectPage(WorkingGroupKey key, String spaceKey, long pageId, Instant now);

    Optional<WorkingGroup> find(WorkingGroupKey key);

    /** The names of these groups, one statement per 1,000 keys (callers pass a page); unknown keys are left out. */
    Map<WorkingGroupKey, String> names(Collection<WorkingGroupKey> keys);

    /** These groups, one statement per 1,000 keys (callers pass a page); unknown keys are left out. */
    Map<WorkingGroupKey, WorkingGroup> findAll(Collection<WorkingGroupKey> keys);

    Page<WorkingGroup> list(WorkingGroupQuery query);

    /** How many groups of the query (its status filter left out) are at each status: one count per status. */
    Map<GroupStatus, Integer> countByStatus(WorkingGroupQuery query);

    /** Open (not closed) funding-bid groups led by {@code lead}, not counting {@code excluding} (nullable). */
    int countLedFundingBids(CouncilCode lead, WorkingGroupKey excluding);

    Optional<Membership> findMembership(WorkingGroupKey key, CouncilCode council);

    /** The memberships of the given councils in one group (one query per 1,000 councils). */
    List<Membership> membershipsOf(WorkingGroupKey key, Collection<CouncilCode> councils);

    /** Lead first, then members, then observers, each by council code. */
    Page<Membership> members(WorkingGroupKey key, PageRequest page);

    Membership addMember(Membership membership, Instant now);

    Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role, Instant now);

    void removeMember(WorkingGroupKey key, CouncilCode council, Instant now);

    /** Makes {@code newLead} (already a member) the lead and the old lead a member, in one transaction. */
    WorkingGroup handOverLead(WorkingGroup group, CouncilCode newLead, Instant now);
}
