package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.StatusReportsDbTest.report;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.junit.Before;
import org.junit.Test;

/** Every working-group list issues the same number of SQL statements for 10 rows as for 200. */
public class ConstantStatementsDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;
    private StatusReports reporting;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.groups;
        reporting = fixture.reporting;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
    }

    /** Adds groups (with Leeds as member) and published entries, each with a status report, up to {@code n}. */
    private WorkingGroupKey seed(int n, int already) {
        WorkingGroupKey last = null;
        for (int i = already; i < n; i++) {
            last = fixture.store.create(aGroup().named("Group " + i).withMembers(LEEDS).build(), "seed",
                    fixture.register.clock.instant()).key();
            fixture.reports.appendReport(ReportSubject.of(last), report(TODAY.minusDays(i % 30),
                    Rag.values()[i % 3], "Group report " + i), "seed", fixture.register.clock.instant());
            SolutionKey entry = fixture.register.register.create(aSolution().named("Entry " + i).build()).key();
            fixture.register.register.publish(entry);
            fixture.reports.appendReport(ReportSubject.of(entry), report(TODAY.minusDays(i % 30),
                    Rag.values()[(i + 1) % 3], "Entry report " + i), "seed", fixture.register.clock.instant());
        }
        return last;
    }

    private int statements(Supplier<?> call) {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            call.get();
            return counter.count();
        }
    }

    @Test
    public void lists_issueAsManyStatementsForTwoHundredRowsAsForTen() {
        WorkingGroupKey first = seed(10, 0);
        PortfolioQuery filtered = new PortfolioQuery(LEEDS, "waste", null, null, null, null);
        int groupsAt10 = statements(() -> target.list(WorkingGroupQuery.all()));
        int byCouncilAt10 = statements(() -> target.list(new WorkingGroupQuery(LEEDS, "waste", null, null, null,
                null, null)));
        int portfolioAt10 = statements(() -> reporting.portfolio(PortfolioQuery.all()));
        int filteredAt10 = statements(() -> reporting.portfolio(filtered));
        int membersAt10 = statements(() -> target.members(first, PageRequest.FIRST));

        seed(200, 10);
        Page<?>[] groups = new Page<?>[1];
        Portfolio[] portfolio = new Portfolio[1];
        int groupsAt200 = statements(() -> groups[0] = target.list(WorkingGroupQuery.all()));
        int byCouncilAt200 = statements(() -> target.list(new WorkingGroupQuery(LEEDS, "waste", null, null, null,
                null, null)));
        int portfolioAt200 = statements(() -> portfolio[0] = reporting.portfolio(PortfolioQuery.all()));
        int filteredAt200 = statements(() -> reporting.portfolio(filtered));
        int membersAt200 = statements(() -> target.members(first, PageRequest.FIRST));

        assertThat(groups[0].total()).isEqualTo(200);
        assertThat(portfolio[0].page().total()).isEqualTo(400);
        assertThat(portfolio[0].page().items()).hasSize(PageRequest.DEFAULT_LIMIT);
        assertThat(groupsAt200).isEqualTo(groupsAt10);
        assertThat(byCouncilAt200).isEqualTo(byCouncilAt10);
        assertThat(portfolioAt200).isEqualTo(portfolioAt10);
        assertThat(filteredAt200).isEqualTo(filteredAt10);
        assertThat(membersAt200).isEqualTo(membersAt10);
        assertThat(portfolioAt200).isLessThanOrEqualTo(6);
    }

    @Test
    public void reportHistory_issuesAsManyStatementsForTwoHundredReportsAsForTen() {
        ReportSubject group = ReportSubject.of(target.create(aGroup().build()).key());
        for (int i = 0; i < 10; i++) {
            fixture.reports.appendReport(group, report(TODAY.minusDays(i), Rag.GREEN, "Report " + i), "seed",
                    fixture.register.clock.instant());
        }
        int at10 = statements(() -> reporting.reports(group, PageRequest.FIRST));
        for (int i = 10; i < 200; i++) {
            fixture.reports.appendReport(group, report(TODAY.minusDays(i), Rag.GREEN, "Report " + i), "seed",
                    fixture.register.clock.instant());
        }

        int at200 = statements(() -> reporting.reports(group, PageRequest.FIRST));

        assertThat(at200).isEqualTo(at10);
        assertThat(reporting.reports(group, PageRequest.FIRST).total()).isEqualTo(200);
    }
}
