package org.connectedcouncils.workinggroup.service;

import java.util.Collection;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;

/**
 * Working-group use cases on groups and their members, acting as the current user. Failures are
 * {@link org.connectedcouncils.common.domain.Refusal}s; nothing is written when one is thrown.
 */
public interface WorkingGroups {


    /**
     * Sets up a forming group led by a council the user edits for. The councils named as members are invited (they
     * join when they accept); when an admin sets it up they join at once.
     */
    WorkingGroup create(NewWorkingGroup group);

    /**
     * The blueprint path: creates the group and its project page in {@code spaceKey} together, linked both ways.
     * If the page cannot be made, no group is stored.
     */
    WorkingGroup createWithProjectPage(NewWorkingGroup group, String spaceKey);

    /**
     * The lead's editors give a group made without one (through REST, say) its project page in {@code spaceKey},
     * linked both ways as the blueprint links it. A group that has one is refused.
     */
    WorkingGroup createProjectPage(WorkingGroupKey key, String spaceKey);

    WorkingGroup update(WorkingGroupKey key, int expectedVersion, GroupDetails details);

    WorkingGroup changeStatus(WorkingGroupKey key, GroupStatus status);

    WorkingGroup get(WorkingGroupKey key);

    /** These groups in one statement (at most 100 keys), for names on lists; unknown keys are left out. */
    Map<WorkingGroupKey, WorkingGroup> findAll(Collection<WorkingGroupKey> keys);

    Page<WorkingGroup> list(WorkingGroupQuery query);

    /** How many groups of the query (its status filter left out) are at each status. */
    Map<GroupStatus, Integer> countByStatus(WorkingGroupQuery query);

    /** What the current user may do with the group (for views). */
    GroupAccess accessTo(WorkingGroupKey key);

    /** The group with its first members, current report and the user's access: the summary view in one call. */
    GroupSummary summary(WorkingGroupKey key, PageRequest members);

    Page<Membership> members(WorkingGroupKey key, PageRequest page);

    /** An admin adds a council directly as member or observer; the lead's editors invite instead. */
    Membership addMember(WorkingGroupKey key, CouncilCode council, MemberRole role);

    /** Switches a council between member and observer; the lead changes only by hand-over. */
    Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role);

    /** A council leaves (its editors) or is removed (lead editors). The lead must hand over first. */
    void removeMember(WorkingGroupKey key, CouncilCode council);

    /**
     * An admin hands the lead to a member directly; the old lead stays on as a member. The lead's editors offer the
     * lead by invitation instead.
     */
    WorkingGroup handOverLead(WorkingGroupKey key, CouncilCode newLead);
}
