package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.HACKNEY_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.LEEDS_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.VIEWER;

import java.time.LocalDate;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/** "Report once": status reports of groups and register entries, on a real database. */
public class StatusReportsDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;
    private StatusReports reporting;
    private ReportSubject group;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.groups;
        reporting = fixture.reporting;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        group = ReportSubject.of(target.create(aGroup().build()).key());
    }

    static StatusReportContent report(LocalDate date, Rag rag, String summary) {
        return new StatusReportContent(date, rag, summary, "Agreed the shared data model.", "Pilot in two wards.",
                "Supplier contract ends in March.");
    }

    @Test
    public void report_byMemberCouncilEditorIsStoredAndBecomesLatest() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        StatusReport posted = reporting.report(group, report(TODAY, Rag.AMBER, "On track, one risk"));

        fixture.register.actor.actAs(VIEWER);
        assertThat(reporting.latestReport(group)).contains(posted);
        assertThat(posted.author()).isEqualTo("user-hackney-editor");
        assertThat(posted.content().risks()).isEqualTo("Supplier contract ends in March.");
    }

    @Test
    public void report_newestShowsWhileOlderOnesStayInHistory() {
        StatusReport first = reporting.report(group, report(TODAY.minusDays(14), Rag.RED, "Blocked on data"));
        StatusReport second = reporting.report(group, report(TODAY, Rag.GREEN, "Unblocked"));

        StatusReport backfilled = reporting.report(group, report(TODAY.minusDays(7), Rag.AMBER, "Late entry"));

        assertThat(reporting.latestReport(group)).contains(second);
        assertThat(reporting.reports(group, PageRequest.FIRST).items()).containsExactly(second, backfilled, first);
    }

    @Test
    public void report_byObserverOrOutsiderIsRefused() {
        target.addMember(group.groupKey(), LEEDS, MemberRole.OBSERVER);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        assertThatThrownBy(() -> reporting.report(group, report(TODAY, Rag.GREEN, "Fine")))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.workinggroup.denied.notPartnerEditor"));
        fixture.register.actor.actAs(VIEWER);
        assertThatThrownBy(() -> reporting.report(group, report(TODAY, Rag.GREEN, "Fine")))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThat(reporting.reports(group, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void report_validatesEveryField() {
        StatusReportContent bad = new StatusReportContent(TODAY.plusDays(1), null, " ", null, "x".repeat(5_001),
                null);

        assertThatThrownBy(() -> reporting.report(group, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("reportDate", "connected-councils.error.futureDate"),
                        FieldError.of("rag", "connected-councils.error.required"),
                        FieldError.of("summary", "connected-councils.error.required"),
                        FieldError.of("nextSteps", "connected-councils.error.tooLong", 5_000)));
    }

    @Test
    public void report_onAClosedGroupIsAConflict() {
        target.changeStatus(group.groupKey(), GroupStatus.CLOSED);

        assertThatThrownBy(() -> reporting.report(group, report(TODAY, Rag.GREEN, "Done")))
                .isInstanceOf(Refusal.Conflict.class);
    }

    @Test
    public void report_onARegisterEntryIsForItsEditors() {
        SolutionKey entry = fixture.register.register.create(aSolution().build()).key();
        fixture.register.register.publish(entry);
        ReportSubject subject = ReportSubject.of(entry);

        StatusReport posted = reporting.report(subject, report(TODAY, Rag.GREEN, "Live in Brighton"));
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        assertThat(reporting.latestReport(subject)).contains(posted);
        assertThatThrownBy(() -> reporting.report(subject, report(TODAY, Rag.RED, "Hijack")))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.reason())
                        .isEqualTo("connected-councils.denied.notEditor"));
    }

    @Test
    public void report_onAnUnknownGroupIsNotFound() {
        ReportSubject missing = ReportSubject.of(WorkingGroupKey.of(999_999));

        assertThatThrownBy(() -> reporting.report(missing, report(TODAY, Rag.GREEN, "?")))
                .isInstanceOf(Refusal.NotFound.class);
    }

    @Test
    public void currentReport_isUniquePerSubjectInTheDatabase() {
        reporting.report(group, report(TODAY, Rag.GREEN, "First"));
        var rows = fixture.register.db.ao().find(org.connectedcouncils.workinggroup.ao.AoStatusReport.class,
                net.java.ao.Query.select());
        java.util.Map<String, Object> duplicate = new java.util.HashMap<>();
        duplicate.put("SUBJECT", group.toString());
        duplicate.put("SUBJECT_TYPE", "group");
        duplicate.put("SUBJECT_ID", (int) group.number());
        duplicate.put("CURRENT_KEY", rows[0].getCurrentKey());
        duplicate.put("LATEST", true);
        duplicate.put("REPORT_DATE", java.sql.Date.valueOf(TODAY));
        duplicate.put("RAG", "red");
        duplicate.put("CREATED_AT", new java.util.Date());

        assertThatThrownBy(() -> fixture.register.db.ao().executeInTransaction(() -> fixture.register.db.ao()
                .create(org.connectedcouncils.workinggroup.ao.AoStatusReport.class, duplicate)))
                .isInstanceOf(RuntimeException.class);
        assertThat(reporting.reports(group, PageRequest.FIRST).total()).isEqualTo(1);
    }
}
