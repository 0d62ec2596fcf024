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
 * The {@link WorkingGroups} port, answered by the use cases on groups and members, join requests and status
 * reports.
 */
public final class DefaultWorkingGroups implements WorkingGroups {

    private final GroupsAndMembers groups;
    private final GroupJoinRequests joins;
    private final StatusReporting reports;

    public DefaultWorkingGroups(GroupsAndMembers groups, GroupJoinRequests joins, StatusReporting reports) {
        this.groups = groups;
        this.joins = joins;
        this.reports = reports;
    }

    @Override
    public WorkingGroup create(NewWorkingGroup group) {
        return groups.create(group);
    }

    @Override
    public WorkingGroup createWithProjectPage(NewWorkingGroup group, String spaceKey) {
        return groups.createWithProjectPage(group, spaceKey);
    }

    @Override
    public WorkingGroup update(WorkingGroupKey key, int expectedVersion, GroupDetails details) {
        return groups.update(key, expectedVersion, details);
    }

    @Override
    public WorkingGroup changeStatus(WorkingGroupKey key, GroupStatus status) {
        return groups.changeStatus(key, status);
    }

    @Override
    public WorkingGroup get(WorkingGroupKey key) {
        return groups.get(key);
    }

    @Override
    public Page<WorkingGroup> list(WorkingGroupQuery query) {
        return groups.list(query);
    }

    @Override
    public GroupAccess accessTo(WorkingGroupKey key) {
        return groups.accessTo(key);
    }

    @Override
    public GroupSummary summary(WorkingGroupKey key, PageRequest members) {
        return groups.summary(key, members);
    }

    @Override
    public Page<Membership> members(WorkingGroupKey key, PageRequest page) {
        return groups.members(key, page);
    }

    @Override
    public Membership addMember(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        return groups.addMember(key, council, role);
    }

    @Override
    public Membership changeRole(WorkingGroupKey key, CouncilCode council, MemberRole role) {
        return groups.changeRole(key, council, role);
    }

    @Override
    public void removeMember(WorkingGroupKey key, CouncilCode council) {
        groups.removeMember(key, council);
    }

    @Override
    public WorkingGroup handOverLead(WorkingGroupKey key, CouncilCode newLead) {
        return groups.handOverLead(key, newLead);
    }

    @Override
    public JoinRequest requestToJoin(WorkingGroupKey key, CouncilCode council, MemberRole role, String message) {
        return joins.requestToJoin(key, council, role, message);
    }

    @Override
    public JoinRequest approveJoin(WorkingGroupKey key, long requestId) {
        return joins.approveJoin(key, requestId);
    }

    @Override
    public JoinRequest declineJoin(WorkingGroupKey key, long requestId, String reason) {
        return joins.declineJoin(key, requestId, reason);
    }

    @Override
    public Page<JoinRequest> joinRequests(WorkingGroupKey key, JoinRequestState state, PageRequest page) {
        return joins.joinRequests(key, state, page);
    }

    @Override
    public StatusReport report(ReportSubject subject, StatusReportContent content) {
        return reports.report(subject, content);
    }

    @Override
    public Optional<StatusReport> latestReport(ReportSubject subject) {
        return reports.latestReport(subject);
    }

    @Override
    public Page<StatusReport> reports(ReportSubject subject, PageRequest page) {
        return reports.reports(subject, page);
    }

    @Override
    public Portfolio portfolio(PortfolioQuery query) {
        return reports.portfolio(query);
    }
}
