package org.connectedcouncils.workinggroup.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;
import static org.connectedcouncils.workinggroup.service.StatusReportsDbTest.report;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.BRIGHTON_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.HACKNEY_EDITOR;
import static org.connectedcouncils.workinggroup.service.WorkingGroupsDbTest.VIEWER;

import java.time.LocalDate;
import java.util.Map;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSortField;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.junit.Before;
import org.junit.Test;

/** The "report once" roll-up across working groups and register entries, on a real database. */
public class PortfolioDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private WorkingGroups target;
    private StatusReports reporting;
    private ReportSubject alpha;
    private ReportSubject beta;
    private ReportSubject binFinder;
    private ReportSubject hackneyDraft;

    @Before
    public void setUp() {
        fixture.reset();
        target = fixture.groups;
        reporting = fixture.reporting;
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        alpha = ReportSubject.of(target.create(aGroup().named("Alpha waste").inAreas("waste").build()).key());
        beta = ReportSubject.of(target.create(aGroup().named("Beta housing").inAreas("housing").fundingBid()
                .withMembers(LEEDS).build()).key());
        target.create(aGroup().named("Gamma, never reported").build());
        SolutionKey entry = fixture.register.register.create(aSolution().inAreas("waste").build()).key();
        fixture.register.register.publish(entry);
        binFinder = ReportSubject.of(entry);
        reporting.report(alpha, report(TODAY.minusDays(2), Rag.GREEN, "Alpha fine"));
        reporting.report(beta, report(TODAY.minusDays(1), Rag.RED, "Beta blocked"));
        reporting.report(binFinder, report(TODAY, Rag.AMBER, "Bin finder slipping"));
        fixture.register.actor.actAs(HACKNEY_EDITOR);
        SolutionKey draft = fixture.register.register.create(aSolution().named("Hackney draft").ownedBy(HACKNEY)
                .withKeyContact("user-hackney-editor").build()).key();
        hackneyDraft = ReportSubject.of(draft);
        reporting.report(hackneyDraft, report(TODAY, Rag.RED, "Draft in trouble"));
        fixture.register.actor.actAs(VIEWER);
    }

    private static PortfolioQuery filtered(org.connectedcouncils.common.domain.CouncilCode council, String area,
            Rag rag, CollaborationModel model) {
        return new PortfolioQuery(council, area, rag, model, null, null);
    }

    @Test
    public void portfolio_showsTheNewestReportOfEveryVisibleGroupAndEntry() {
        Portfolio portfolio = reporting.portfolio(PortfolioQuery.all());

        assertThat(portfolio.page().items()).extracting(PortfolioItem::subject)
                .containsExactly(binFinder, beta, alpha);
        assertThat(portfolio.page().total()).isEqualTo(3);
        assertThat(portfolio.ragCounts()).isEqualTo(Map.of(Rag.RED, 1L, Rag.AMBER, 1L, Rag.GREEN, 1L));
        PortfolioItem betaItem = portfolio.page().items().get(1);
        assertThat(betaItem.name()).isEqualTo("Beta housing");
        assertThat(betaItem.council()).isEqualTo(BRIGHTON);
        assertThat(betaItem.model()).isEqualTo(CollaborationModel.FUNDING_BID_CONSORTIUM);
        assertThat(betaItem.latest().content().summary()).isEqualTo("Beta blocked");
    }

    @Test
    public void portfolio_aNewReportReplacesTheSubjectsRow() {
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        reporting.report(alpha, report(TODAY, Rag.RED, "Alpha now blocked"));

        Portfolio portfolio = reporting.portfolio(PortfolioQuery.all());

        assertThat(portfolio.page().items()).extracting(i -> i.latest().content().summary())
                .containsExactly("Alpha now blocked", "Bin finder slipping", "Beta blocked");
        assertThat(portfolio.ragCounts()).isEqualTo(Map.of(Rag.RED, 2L, Rag.AMBER, 1L, Rag.GREEN, 0L));
    }

    @Test
    public void portfolio_draftEntriesShowOnlyToThoseWhoMaySeeThem() {
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        Portfolio portfolio = reporting.portfolio(PortfolioQuery.all());

        assertThat(portfolio.page().items()).extracting(PortfolioItem::subject).contains(hackneyDraft);
        assertThat(portfolio.page().total()).isEqualTo(4);
    }

    @Test
    public void portfolio_filtersByCouncilAreaRagAndModel() {
        assertThat(reporting.portfolio(filtered(LEEDS, null, null, null)).page().items())
                .extracting(PortfolioItem::subject).containsExactly(beta);
        assertThat(reporting.portfolio(filtered(BRIGHTON, null, null, null)).page().items())
                .extracting(PortfolioItem::subject).containsExactly(binFinder, beta, alpha);
        assertThat(reporting.portfolio(filtered(null, "waste", null, null)).page().items())
                .extracting(PortfolioItem::subject).containsExactly(binFinder, alpha);
        assertThat(reporting.portfolio(filtered(null, null, null, CollaborationModel.FUNDING_BID_CONSORTIUM)).page()
                .items()).extracting(PortfolioItem::subject).containsExactly(beta);
    }

    @Test
    public void portfolio_ragFilterKeepsTheCountsOfTheOtherRatings() {
        Portfolio red = reporting.portfolio(filtered(null, null, Rag.RED, null));

        assertThat(red.page().items()).extracting(PortfolioItem::subject).containsExactly(beta);
        assertThat(red.page().total()).isEqualTo(1);
        assertThat(red.ragCounts()).isEqualTo(Map.of(Rag.RED, 1L, Rag.AMBER, 1L, Rag.GREEN, 1L));
    }

    @Test
    public void portfolio_sortsByRagOrNameAcrossGroupsAndEntries() {
        PortfolioQuery byRag = PortfolioQuery.all()
                .withSort(Sort.parse("rag", PortfolioSortField.DEFAULT).orElseThrow());
        PortfolioQuery byName = PortfolioQuery.all()
                .withSort(Sort.parse("name", PortfolioSortField.DEFAULT).orElseThrow());
        PortfolioQuery byNameDesc = PortfolioQuery.all()
                .withSort(Sort.parse("-name", PortfolioSortField.DEFAULT).orElseThrow());

        assertThat(reporting.portfolio(byRag).page().items()).extracting(PortfolioItem::subject)
                .containsExactly(beta, binFinder, alpha);
        assertThat(reporting.portfolio(byName).page().items()).extracting(PortfolioItem::name)
                .containsExactly("Alpha waste", "Beta housing", "Bin collection day finder");
        assertThat(reporting.portfolio(byNameDesc).page().items()).extracting(PortfolioItem::name)
                .containsExactly("Bin collection day finder", "Beta housing", "Alpha waste");
    }

    @Test
    public void portfolio_pagesAcrossGroupsAndEntries() {
        Portfolio second = reporting.portfolio(PortfolioQuery.all().withPage(new PageRequest(1, 1)));
        Portfolio third = reporting.portfolio(PortfolioQuery.all().withPage(new PageRequest(2, 1)));
        Portfolio beyond = reporting.portfolio(PortfolioQuery.all().withPage(new PageRequest(5, 1)));

        assertThat(second.page().items()).extracting(PortfolioItem::subject).containsExactly(beta);
        assertThat(third.page().items()).extracting(PortfolioItem::subject).containsExactly(alpha);
        assertThat(third.page().hasNext()).isFalse();
        assertThat(beyond.page().items()).isEmpty();
        assertThat(beyond.page().total()).isEqualTo(3);
    }
}
