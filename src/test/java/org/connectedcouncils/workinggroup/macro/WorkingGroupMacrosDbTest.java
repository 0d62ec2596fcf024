package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.time.LocalDate;
import java.util.Map;

import com.atlassian.confluence.macro.Macro;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.Before;
import org.junit.Test;

/** The three working-group macros rendered from real data on the test database through real Velocity. */
public class WorkingGroupMacrosDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Actor LEEDS_EDITOR = Actor.editor("user-leeds-editor", LEEDS);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private WorkingGroupQueries queries;
    private MacroOutput output;
    private WorkingGroupKey group;
    private SolutionKey bins;

    @Before
    public void setUp() {
        fixture.reset();
        queries = new WorkingGroupQueries(fixture.groups, fixture.reporting, fixture.register.register,
                fixture.register.councils, fixture.register.serviceAreas, fixture.register.actor,
                fixture.joinRequests, fixture.invitations, fixture.records,
                new DemoPeople(), fixture.pages);
        output = new MacroOutput(VELOCITY.templateRenderer(), pageBuilder.pageBuilderService(),
                new PropertiesMessages());
        fixture.register.actor.actAs(BRIGHTON_EDITOR);
        bins = fixture.register.register.create(aSolution().named("Bin day finder").inAreas("waste").build()).key();
        fixture.register.register.publish(bins);
        group = fixture.groups.create(aGroup().named("Waste <script>alert(1)</script> forum").linking(bins)
                .build()).key();
        fixture.reporting.report(ReportSubject.of(group), new StatusReportContent(TODAY.minusDays(7), Rag.GREEN,
                "Kick-off went well", null, null, null));
        fixture.reporting.report(ReportSubject.of(group), new StatusReportContent(TODAY, Rag.AMBER,
                "Supplier \"delay\" <b>risk</b>", "Data model agreed", "Pilot in Hackney", "Supplier capacity"));
        fixture.reporting.report(ReportSubject.of(bins), new StatusReportContent(TODAY, Rag.RED, "Entry blocked",
                null, null, null));
    }

    @Test
    public void workingGroup_offersJoiningToOutsidersOnDisplayAndIsStaticInPdf() throws Exception {
        Macro target = new WorkingGroupMacro(queries, output);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        String display = target.execute(Map.of("key", group.toString()), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("key", group.toString()), null, TestConversionContext.pdf());

        assertThat(display).contains("Waste &lt;script&gt;alert(1)&lt;/script&gt; forum",
                "Brighton and Hove City Council", "London Borough of Hackney", "Community of practice",
                "Supplier &quot;delay&quot; &lt;b&gt;risk&lt;/b&gt;", "cc-rag-amber", "Pilot in Hackney",
                "cc-working-group-join", "<option value=\"E08000035\">Leeds City Council</option>",
                ">" + bins + "</a>").doesNotContain("<script>", "<b>");
        assertThat(pdf).contains("Waste &lt;script&gt;", "cc-rag-amber").doesNotContain("<form", "<script");
        assertThat(pageBuilder.webResources()).containsExactly(GroupViews.WEB_RESOURCE);
    }

    @Test
    public void workingGroup_hasNoJoinFormForMembers() throws Exception {
        Macro target = new WorkingGroupMacro(queries, output);
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        String display = target.execute(Map.of("key", group.toString()), null, TestConversionContext.display());

        assertThat(display).contains("Waste &lt;script&gt;", "cc-wg-commit").doesNotContain("cc-working-group-join");
    }

    @Test
    public void statusReport_showsTheFormToMembersAndTheHistoryNewestFirst() throws Exception {
        Macro target = new StatusReportMacro(queries, output, fixture.register.clock);
        fixture.register.actor.actAs(HACKNEY_EDITOR);

        String display = target.execute(Map.of("key", group.toString()), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("key", group.toString(), "pageSize", "1"), null,
                TestConversionContext.pdf());

        assertThat(display).contains("cc-status-report-form", "value=\"2026-11-01\"", "Kick-off went well",
                "data-rest=\"/rest/connected-councils/1.0/working-groups/" + group + "/reports\"");
        assertThat(display.indexOf("Supplier &quot;delay&quot;")).isLessThan(display.indexOf("Kick-off went well"));
        assertThat(pdf).contains("Supplier &quot;delay&quot;", "Showing 1 of 2.").doesNotContain("<form",
                "Kick-off went well");
    }

    @Test
    public void statusReport_hidesTheFormFromOutsidersAndServesRegisterEntries() throws Exception {
        Macro target = new StatusReportMacro(queries, output, fixture.register.clock);
        fixture.register.actor.actAs(LEEDS_EDITOR);
        String outsider = target.execute(Map.of("key", group.toString()), null, TestConversionContext.display());
        fixture.register.actor.actAs(BRIGHTON_EDITOR);

        String owner = target.execute(Map.of("key", bins.toString()), null, TestConversionContext.display());

        assertThat(outsider).contains("Kick-off went well").doesNotContain("<form");
        assertThat(owner).contains("Entry blocked", "cc-status-report-form",
                "/rest/connected-councils/1.0/solutions/" + bins + "/reports");
    }

    @Test
    public void portfolio_rollsUpGroupsAndEntriesWithCountsForDisplayAndPdf() throws Exception {
        Macro target = new PortfolioMacro(queries, output);
        fixture.register.actor.actAs(LEEDS_EDITOR);

        String display = target.execute(Map.of("sort", "rag"), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("pageSize", "1", "serviceArea", "waste"), null,
                TestConversionContext.pdf());

        assertThat(display).contains("Waste &lt;script&gt;alert(1)&lt;/script&gt; forum", "Bin day finder",
                "Red</span> <strong>1</strong>", "Amber</span> <strong>1</strong>",
                "Green</span> <strong>0</strong>", "Working group", "Register entry").doesNotContain("<script>");
        assertThat(display.indexOf("Entry blocked")).as("red first").isLessThan(display.indexOf("Supplier"));
        assertThat(pdf).contains("Showing 1 of 2.").doesNotContain("<script", "<form");
    }

    @Test
    public void portfolio_namesAnUnknownCouncil() throws Exception {
        Macro target = new PortfolioMacro(queries, output);

        String html = target.execute(Map.of("council", "E06000999"), null, TestConversionContext.display());

        assertThat(html).contains("aui-message-error", "council", "E06000999");
    }

    @Test
    public void portfolio_issuesTheSameNumberOfStatementsForOneOrManyRows() throws Exception {
        Macro target = new PortfolioMacro(queries, output);
        int few = statements(target);
        for (int i = 0; i < 10; i++) {
            WorkingGroupKey more = fixture.groups.create(aGroup().named("More " + i).build()).key();
            fixture.reporting.report(ReportSubject.of(more), new StatusReportContent(TODAY, Rag.GREEN, "Fine", null,
                    null, null));
        }

        int many = statements(target);

        assertThat(many).isEqualTo(few);
    }

    private int statements(Macro target) throws Exception {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            target.execute(Map.of(), null, TestConversionContext.display());
            return counter.count();
        }
    }
}
