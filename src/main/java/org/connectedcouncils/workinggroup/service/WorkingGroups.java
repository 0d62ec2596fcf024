package org.connectedcouncils.workinggroup.service;

import java.util.Optional;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;

/**
 * Working-group use cases, acting as the current user. Failures are
 * {@link org.connectedcouncils.common.domain.Refusal}s; nothing is written when one is thrown.
 */
public interface WorkingGroups {

    /** Sets up a forming group led by a council the user edits for, with its first members. */
    WorkingGroup create(NewWorkingGroup group);

    /**
     * The blueprint path: creates the group and its project page in {@code spaceKey} together, linked both ways.
     * If the page cannot be made, no group is stored.
     */
    WorkingGroup createWithProjectPage(NewWorkingGroup group, String spaceKey);

    WorkingGroup update(WorkingGroupKey key, int expectedVersion, GroupDetails details);

    WorkingGroup changeStatus(WorkingGroupKey key, GroupStatus status);

    WorkingGroup get(WorkingGroupKey key);

    Page<WorkingGroup> list(WorkingGroupQuery query);

    /** What the current user may do with the group (for views). */
    GroupAccess accessTo(WorkingGroupKey key);

    /** The group with its first members, current report and the user's access: the summary view in one call. */
    GroupSummary summary(WorkingGroupKey key, PageRequest members);

    Page<Membership> members(WorkingGroupKey key, PageRequest page);

    /** The lead council's editors add a council directly as member or observer. */
    Membership addMember(WorkingGroupKey key, CouncilCode council, MemberRole role);

    /** Switches a council between member and observer; the lead changes only by hand-over. */
    Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role);

    /** A council leaves (its editors) or is removed (lead editors). The lead must hand over first. */
    void removeMember(WorkingGroupKey key, CouncilCode council);

    /** The lead council hands the lead to a member; it stays on as a member. */
    WorkingGroup handOverLead(WorkingGroupKey key, CouncilCode newLead);

    /** Editors of a council ask for it to join as member or observer. */
    JoinRequest requestToJoin(WorkingGroupKey key, CouncilCode council, MemberRole role, String message);

    JoinRequest approveJoin(WorkingGroupKey key, long requestId);

    /** Declines a request; the reason is required and shown to the requesting council. */
    JoinRequest declineJoin(WorkingGroupKey key, long requestId, String reason);

    Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page);

    /** Writes a status report for a group (partner editors) or register entry (its editors). */
    StatusReport report(ReportSubject subject, StatusReportContent content);

    /** The current (newest) report, shown wherever the subject appears. */
    Optional<StatusReport> latestReport(ReportSubject subject);

    /** All reports of a subject, newest first. */
    Page<StatusReport> reports(ReportSubject subject, PageRequest page);

    /** The "report once" roll-up across groups and register entries. */
    Portfolio portfolio(PortfolioQuery query);
}
