package org.connectedcouncils.workinggroup.macro;

import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.CommitmentTerms;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.SpaceChoice;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.workinggroup.service.GroupAccess;
import org.connectedcouncils.workinggroup.service.GroupSummary;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupCard;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.HistoryPage;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.PortfolioTable;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.ReportHistory;

/** Working-group read models full of hostile text, for the macro unit tests and the template renders. */
public final class GroupMacroTestData {

    public static final String HOSTILE_NAME = "<script>alert(\"group\")</script> Bins & 'Boxes'";
    public static final String HOSTILE_TEXT = "Text with \"quotes\" and <img src=x onerror=alert(1)>";
    public static final String HOSTILE_COUNCIL = "Brighton <b>& Hove</b>";
    public static final String SCRIPT_URL = "javascript:alert(document.cookie)";
    public static final WorkingGroupKey KEY = WorkingGroupKey.of(3);
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    private GroupMacroTestData() {
    }

    public static Map<CouncilCode, Council> councils() {
        return Map.of(BRIGHTON, new Council(BRIGHTON, HOSTILE_COUNCIL, CouncilType.UNITARY, "", false),
                HACKNEY, new Council(HACKNEY, "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "", false),
                LEEDS, new Council(LEEDS, "Leeds City Council", CouncilType.METROPOLITAN_BOROUGH, "", false));
    }

    public static WorkingGroup group() {
        return new WorkingGroup(KEY, new GroupDetails(HOSTILE_NAME, HOSTILE_TEXT, Set.of("waste"),
                CollaborationModel.CO_DEVELOPMENT, SCRIPT_URL, HOSTILE_TEXT, Set.of(SolutionKey.of(12))), BRIGHTON,
                GroupStatus.ACTIVE, 2, null, null, NOW, "u1", NOW, 1);
    }

    public static StatusReport report(ReportSubject subject, long id, Rag rag) {
        return new StatusReport(id, subject, new StatusReportContent(LocalDate.of(2026, 10, (int) id), rag,
                HOSTILE_TEXT, "<b>Shipped</b>", SCRIPT_URL, null), "u1", NOW);
    }

    /** The group with two partners and a latest report; {@code joinFor} are the councils the user may ask for. */
    public static GroupCard card(boolean report, Set<CouncilCode> joinFor) {
        List<Membership> members = List.of(new Membership(KEY, BRIGHTON, MemberRole.LEAD, NOW, "u1"),
                new Membership(KEY, HACKNEY, MemberRole.MEMBER, NOW, "u1"));
        return new GroupCard(new GroupSummary(group(), new Page<>(members, 0, 2, 5),
                Optional.of(report(ReportSubject.of(KEY), 1, Rag.AMBER)), new GroupAccess(false, report, joinFor)),
                councils(), new Page<>(List.of(), 0, 25, 0), new Page<>(List.of(), 0, 25, 0), Map.of(), List.of(),
                Set.of(), new Page<>(List.of(), 0, 100, 0), new HistoryPage(new Page<>(List.of(), 0, 10, 0), Map.of()),
                List.of());
    }

    /**
     * The group as its lead's editors see it (a pending request, a pending invitation, a linked entry and a service
     * area, all with hostile text), or, with {@code lead} false, as a Hackney editor does (Hackney a member, offered
     * the lead, with a declined request).
     */
    public static GroupCard panelCard(boolean lead) {
        List<Membership> members = List.of(new Membership(KEY, BRIGHTON, MemberRole.LEAD, NOW, "u1"),
                new Membership(KEY, HACKNEY, MemberRole.MEMBER, NOW, "u1"));
        JoinRequest request = new JoinRequest(7, KEY, LEEDS, MemberRole.MEMBER, HOSTILE_TEXT,
                lead ? JoinRequestState.PENDING : JoinRequestState.DECLINED, "u2", NOW, null, null,
                lead ? null : HOSTILE_TEXT);
        Invitation invitation = new Invitation(8, KEY, lead ? LEEDS : HACKNEY, lead ? MemberRole.OBSERVER
                : MemberRole.LEAD, InvitationState.PENDING, "u1", NOW, null, null, null);
        Solution entry = new Solution(SolutionKey.of(12), SolutionTestData.aSolution().named(HOSTILE_NAME).build(),
                EntryState.PUBLISHED, null, NOW, "u1", NOW, NOW, 1);
        return new GroupCard(new GroupSummary(group(), new Page<>(members, 0, 2, 2), Optional.empty(),
                new GroupAccess(lead, true, Set.of())), councils(), new Page<>(List.of(request), 0, 25, 1),
                new Page<>(List.of(invitation), 0, 25, 1), Map.of(entry.key(), entry),
                lead ? List.of(new ServiceArea("waste", HOSTILE_TEXT, false)) : List.of(),
                lead ? Set.of(BRIGHTON) : Set.of(HACKNEY),
                new Page<>(List.of(new Commitment(KEY, HACKNEY, new CommitmentTerms(25, 5_000, HOSTILE_TEXT,
                        LocalDate.of(2026, 11, 2)), CommitmentProgress.AT_RISK, NOW, "u2")), 0, 100, 1),
                new HistoryPage(new Page<>(List.of(new GroupHistoryEntry(KEY, NOW, "u2", What.COMMITMENT_RECORDED,
                        HACKNEY, HOSTILE_TEXT), new GroupHistoryEntry(KEY, NOW, "u1", What.STATUS_CHANGED, null,
                        "forming>active")), 0, 10, 12), Map.of("u2", HOSTILE_NAME)),
                lead ? List.of(new SpaceChoice("COLLAB", HOSTILE_NAME), new SpaceChoice("DIG", "Digital")) : List.of());
    }

    public static ReportHistory history(ReportSubject subject, boolean mayReport, long total) {
        return new ReportHistory(subject, HOSTILE_NAME, new Page<>(List.of(report(subject, 2, Rag.RED),
                report(subject, 1, Rag.GREEN)), 0, 2, total), mayReport, List.of(), Map.of());
    }

    /** A group's history as its lead sees it: Hackney's commitment (at risk) to mark with the next report. */
    public static ReportHistory leadsHistory(ReportSubject subject) {
        ReportHistory plain = history(subject, true, 2);
        return new ReportHistory(subject, plain.name(), plain.reports(), true, List.of(new Commitment(KEY, HACKNEY,
                new CommitmentTerms(25, 0, "hosts", null), CommitmentProgress.AT_RISK, NOW, "u2")),
                Map.of(HACKNEY, Council.active(HACKNEY.value(), HOSTILE_NAME, CouncilType.LONDON_BOROUGH, "London")));
    }

    public static PortfolioTable portfolio(long total) {
        PortfolioItem group = new PortfolioItem(ReportSubject.of(KEY), HOSTILE_NAME, BRIGHTON,
                CollaborationModel.CO_DEVELOPMENT, GroupStatus.ACTIVE, report(ReportSubject.of(KEY), 2, Rag.RED), 77L);
        ReportSubject entry = ReportSubject.of(SolutionKey.of(12));
        PortfolioItem solution = new PortfolioItem(entry, HOSTILE_NAME, HACKNEY, null, null,
                report(entry, 1, Rag.GREEN));
        return new PortfolioTable(new Portfolio(new Page<>(List.of(group, solution), 0, 2, total),
                Map.of(Rag.RED, 1L, Rag.GREEN, 4L)), councils(), List.of(new ServiceArea("waste", HOSTILE_TEXT,
                false)));
    }
}
