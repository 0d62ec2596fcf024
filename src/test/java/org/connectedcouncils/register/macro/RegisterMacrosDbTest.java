package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.common.macro.MacroOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.Map;

import com.atlassian.confluence.macro.Macro;

import org.connectedcouncils.profile.macro.CouncilProfileMacro;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.EditorRequestsFixture;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.LocalCouncilLocks;
import org.connectedcouncils.testing.LocalProjectPages;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.WorkingGroupWiring;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Before;
import org.junit.Test;

/** The four macros rendered from real data on the test database through real Velocity, for display and pdf. */
public class RegisterMacrosDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();

    private final RegisterFixture fixture = new RegisterFixture();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private MacroOutput output;
    private RegisterQueries queries;
    private SolutionKey bins;

    @Before
    public void setUp() {
        fixture.reset();
        queries = new RegisterQueries(fixture.register, fixture.store, fixture.councils, fixture.serviceAreas,
                fixture.actor);
        output = new MacroOutput(VELOCITY.templateRenderer(), pageBuilder.pageBuilderService(),
                new PropertiesMessages());
        fixture.actor.actAs(BRIGHTON_EDITOR);
        bins = fixture.register.create(aSolution().named("Bin day <script>alert(1)</script>")
                .withLandingUrl("https://www.brighton-hove.gov.uk/bins?x=1&y=2").withPhase(Phase.LIVE)
                .inAreas("waste").build()).key();
        fixture.register.publish(bins);
        SolutionKey potholes = fixture.register.create(aSolution().named("Pothole reporting").withPhase(Phase.BETA)
                .inAreas("highways").build()).key();
        fixture.register.publish(potholes);
        fixture.actor.actAs(HACKNEY_EDITOR);
        fixture.register.declareAdoption(bins, HACKNEY, new AdoptionDeclaration(AdoptionState.USING, null, null));
    }

    @Test
    public void register_rendersTheFirstPageForDisplayAndAllRowsForPdf() throws Exception {
        Macro target = new RegisterTableMacro(queries, output);

        String display = target.execute(Map.of("pageSize", "1", "sort", "name"), null,
                TestConversionContext.display());
        String pdf = target.execute(Map.of("sort", "name"), null, TestConversionContext.pdf());

        assertThat(display).contains("data-cc-register", "Bin day &lt;script&gt;alert(1)&lt;/script&gt;",
                "Showing 1 of 2 solutions", "Brighton and Hove City Council", "1 using").doesNotContain(
                "Pothole reporting", "<script>");
        assertThat(pdf).contains("Bin day &lt;script&gt;", "Pothole reporting", "Roads, highways and transport").doesNotContain(
                "data-cc-register", "<form", "<script");
        assertThat(pageBuilder.webResources()).containsExactly(MacroOutput.WEB_RESOURCE);
    }

    @Test
    public void solutionAndRegister_showTheNotConfirmedLozengeFromTheCurrentSettingAndTime() throws Exception {
        Macro card = new SolutionCardMacro(queries, output);
        Macro table = new RegisterTableMacro(queries, output);
        Map<String, String> onlyBins = Map.of("key", bins.toString());
        Map<String, String> byName = Map.of("sort", "name", "columns", "name,phase");
        fixture.actor.actAs(BRIGHTON_EDITOR);
        fixture.clock.advance(Duration.ofDays(100));

        String freshCard = card.execute(onlyBins, null, TestConversionContext.display());
        fixture.stalenessDays = 90;
        String dueCard = card.execute(onlyBins, null, TestConversionContext.display());
        String dueTable = table.execute(byName, null, TestConversionContext.display());
        fixture.register.confirmStillCurrent(bins);
        String confirmedTable = table.execute(byName, null, TestConversionContext.display());

        assertThat(freshCard).doesNotContain("cc-confirmation-due");
        assertThat(dueCard).contains("cc-confirmation-due\">Not confirmed for over 90 days</span>");
        assertThat(count(dueTable, "cc-confirmation-due\">")).isEqualTo(2);
        assertThat(count(confirmedTable, "cc-confirmation-due\">")).isEqualTo(1);
        assertThat(confirmedTable).contains("data-text-due=\"Not confirmed for over 90 days\"");
    }

    @Test
    public void register_showsTheEmptyStateWhenAFilterMatchesNothing() throws Exception {
        Macro target = new RegisterTableMacro(queries, output);

        String display = target.execute(Map.of("phase", "retired"), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("phase", "retired"), null, TestConversionContext.pdf());

        assertThat(display).contains("No solutions match", "cc-register-filters");
        assertThat(pdf).contains("No solutions match").doesNotContain("<form");
    }

    @Test
    public void register_issuesTheSameNumberOfStatementsForOneOrManyRows() throws Exception {
        Macro target = new RegisterTableMacro(queries, output);
        int few = statements(target, Map.of());
        fixture.actor.actAs(BRIGHTON_EDITOR);
        for (int i = 0; i < 20; i++) {
            fixture.register.publish(fixture.register.create(aSolution().named("More " + i).build()).key());
        }
        fixture.actor.actAs(HACKNEY_EDITOR);

        int many = statements(target, Map.of());

        assertThat(many).isEqualTo(few);
    }

    @Test
    public void solution_rendersCardWithActionsForDisplayAndWithoutForPdf() throws Exception {
        Macro target = new SolutionCardMacro(queries, output);
        fixture.actor.actAs(new Actor("user-two-hats", false, java.util.Set.of(BRIGHTON, HACKNEY), true));

        String display = target.execute(Map.of("key", bins.toString()), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("key", bins.toString()), null, TestConversionContext.pdf());

        assertThat(display).contains("data-cc-solution", "cc-solution-declare", "Mark as still current",
                "href=\"https://www.brighton-hove.gov.uk/bins?x=1&amp;y=2\"", "London Borough of Hackney",
                "£12,000.00", "aui-lozenge aui-lozenge-success");
        assertThat(pdf).contains("London Borough of Hackney", "£12,000.00").doesNotContain("<form", "<button",
                "data-cc-solution", "<script");
    }

    @Test
    public void solution_hidesActionsFromReadersWithoutRights() throws Exception {
        Macro target = new SolutionCardMacro(queries, output);
        fixture.actor.actAs(Actor.viewer("user-viewer"));

        String display = target.execute(Map.of("key", bins.toString()), null, TestConversionContext.display());

        assertThat(display).contains("Bin day").doesNotContain("<form", "<button");
    }

    @Test
    public void council_rendersOwnedAndAdoptedSolutionsWithSavings() throws Exception {
        Macro target = new CouncilProfileMacro(queries, WorkingGroupWiring.workingGroups(fixture.db.ao(),
                fixture.councils, fixture.serviceAreas, fixture.register, fixture.actor, new LocalProjectPages(),
                new LocalCouncilLocks(), () -> 3, fixture.clock).invitations(), MaturityFixture.over(fixture), EditorRequestsFixture.over(fixture.db.ao(),
                fixture.councils, fixture.actor, fixture.transactions, PersonNames.NONE, fixture.clock),
                MaturityFixture.commitmentsOver(fixture), fixture.actor,
                output);

        String owner = target.execute(Map.of("council", BRIGHTON.value()), null, TestConversionContext.display());
        String adopter = target.execute(Map.of(), null, TestConversionContext.of("pdf", HACKNEY.value()));

        assertThat(owner).contains("Brighton and Hove City Council", "Pothole reporting", "Used by 1 other council<",
                "£24,000.00");
        assertThat(adopter).contains("London Borough of Hackney", "<h5>Using</h5>", "Bin day &lt;script&gt;",
                "Owned by Brighton and Hove City Council", "£12,000.00").doesNotContain("<script");
    }

    @Test
    public void figures_rendersTablesAndSvgChartsForDisplayAndPdf() throws Exception {
        Macro target = new AdoptionFiguresMacro(queries, output);

        String display = target.execute(Map.of(), null, TestConversionContext.display());
        String pdf = target.execute(Map.of("serviceArea", "waste"), null, TestConversionContext.pdf());

        assertThat(display).contains("<svg", "Solutions by phase", "1 (50%)", "£24,000.00");
        assertThat(pdf).contains("<svg", "1 (100%)", "£12,000.00").doesNotContain("<script", "Roads, highways");
    }

    private int statements(Macro target, Map<String, String> parameters) throws Exception {
        try (SqlCounter counter = SqlCounter.on(fixture.db.entityManager())) {
            target.execute(parameters, null, TestConversionContext.display());
            return counter.count();
        }
    }

    private static int count(String haystack, String needle) {
        return haystack.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
