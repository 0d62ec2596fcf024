package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.util.Map;

import com.atlassian.confluence.macro.Macro;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.NewWorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.Before;
import org.junit.Test;

/** The {@code cc-working-groups} directory rendered from real data on the test database through real Velocity. */
public class GroupDirectoryMacroDbTest {

    private static final Actor LEEDS_EDITOR = Actor.editor("user-leeds-editor", LEEDS);
    private static final Actor VIEWER = Actor.viewer("user-viewer");
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private Macro target;

    @Before
    public void setUp() {
        fixture.reset();
        WorkingGroupQueries queries = new WorkingGroupQueries(fixture.groups, fixture.reporting,
                fixture.register.register, fixture.register.councils, fixture.register.serviceAreas,
                fixture.register.actor, fixture.joinRequests, fixture.invitations, fixture.records,
                new DemoPeople(), fixture.pages);
        MacroOutput output = new MacroOutput(VELOCITY.templateRenderer(), pageBuilder.pageBuilderService(),
                new PropertiesMessages());
        target = new GroupDirectoryMacro(queries, output);
        fixture.register.actor.actAs(VIEWER);
    }

    private WorkingGroup seed(NewWorkingGroup group) {
        return fixture.store.create(group, "seed", fixture.register.clock.instant());
    }

    private String display(Map<String, String> parameters) throws Exception {
        return target.execute(parameters, null, TestConversionContext.display());
    }

    @Test
    public void display_escapesHostileNamesAndAimsAndCountsEveryStatus() throws Exception {
        seed(aGroup().named("Waste <script>alert(1)</script> forum").withAim("Share \"bin\" <b>data</b> & rounds")
                .inAreas("waste").build());
        WorkingGroup active = seed(aGroup().named("Housing repairs").inAreas("housing").build());
        fixture.store.save(active, active.with(active.details(), GroupStatus.ACTIVE, fixture.register.clock.instant()));

        String html = display(Map.of());

        assertThat(html).contains("Waste &lt;script&gt;alert(1)&lt;/script&gt; forum",
                "Share &quot;bin&quot; &lt;b&gt;data&lt;/b&gt; &amp; rounds", "Housing repairs",
                "Showing 1 to 2 of 2 groups.", "data-cc-groups=\"\"",
                "data-rest=\"/rest/connected-councils/1.0/working-groups.html\"", "name=\"q\"")
                .doesNotContain("<script>", "<b>");
        assertThat(html.indexOf("Housing repairs")).isLessThan(html.indexOf("Waste &lt;script"));
        assertThat(html).containsPattern("Forming</span> <strong>1</strong>")
                .containsPattern("Active</span> <strong>1</strong>")
                .containsPattern("Closed</span> <strong>0</strong>");
        assertThat(pageBuilder.webResources()).containsExactly(GroupViews.WEB_RESOURCE);
    }

    @Test
    public void filters_narrowByStatusModelAreaCouncilAndWordsInNameOrAim() throws Exception {
        seed(aGroup().named("Bins forum").withAim("Shared rounds").inAreas("waste").withMembers(HACKNEY).build());
        seed(aGroup().named("Repairs group").withAim("Shared bins for estates").inAreas("housing")
                .withModel(CollaborationModel.CO_DEVELOPMENT).withMembers(LEEDS).build());
        seed(aGroup().named("Parking bid").inAreas("parking").ledBy(LEEDS).withMembers(BRIGHTON).build());

        assertThat(display(Map.of("q", "bins"))).contains("Bins forum", "Repairs group").doesNotContain("Parking bid");
        assertThat(display(Map.of("q", "SHARED"))).contains("Bins forum", "Repairs group")
                .doesNotContain("Parking bid");
        assertThat(display(Map.of("q", "bins estates"))).contains("Repairs group").doesNotContain("Bins forum");
        assertThat(display(Map.of("q", "100%"))).contains("No working group matches these filters.");
        assertThat(display(Map.of("model", "co-development"))).contains("Repairs group")
                .doesNotContain("Bins forum");
        assertThat(display(Map.of("serviceArea", "waste"))).contains("Bins forum").doesNotContain("Repairs group");
        assertThat(display(Map.of("council", HACKNEY.value()))).contains("Bins forum")
                .doesNotContain("Repairs group", "Parking bid");
        assertThat(display(Map.of("status", "active"))).contains("No working group matches these filters.");
        assertThat(display(Map.of("council", "E99999999"))).contains("aui-message-error");
    }

    @Test
    public void mine_showsTheGroupsOfTheUsersCouncilsAndIsOfferedOnlyToEditors() throws Exception {
        seed(aGroup().named("Bins forum").withMembers(LEEDS).build());
        seed(aGroup().named("Parking bid").ledBy(HACKNEY).withMembers(BRIGHTON).build());

        String viewer = display(Map.of());
        fixture.register.actor.actAs(LEEDS_EDITOR);
        String mine = display(Map.of("mine", "true"));

        assertThat(viewer).doesNotContain("Groups my council is in");
        assertThat(mine).contains("Bins forum", "Groups my council is in", "data-value=\"true\"")
                .doesNotContain("Parking bid");
    }

    @Test
    public void paging_showsAPageAndAPagerWhileExportsAreStaticWithTheFiltersInWords() throws Exception {
        for (int i = 0; i < 3; i++) {
            seed(aGroup().named("Group " + i).inAreas("waste").build());
        }

        String first = display(Map.of("pageSize", "2"));
        String second = display(Map.of("pageSize", "2", "start", "2", "sort", "-name"));
        String pdf = target.execute(Map.of("pageSize", "2", "serviceArea", "waste"), null,
                TestConversionContext.pdf());

        assertThat(first).contains("Showing 1 to 2 of 3 groups.", "data-start=\"2\"", "Next page")
                .doesNotContain("Previous page");
        assertThat(second).contains("Showing 3 to 3 of 3 groups.", "Group 0", "data-start=\"0\"")
                .doesNotContain("Group 2");
        assertThat(pdf).contains("Group 0", "Group 1", "Group 2", "Service area").doesNotContain("<form", "<script",
                "<button", "data-start");
    }

    @Test
    public void directory_issuesAsManyStatementsForSixtyGroupsAsForThree() throws Exception {
        fixture.register.actor.actAs(LEEDS_EDITOR);
        for (int i = 0; i < 3; i++) {
            seed(aGroup().named("Group " + i).withMembers(LEEDS).inAreas("waste").build());
        }
        Map<String, String> filters = Map.of("mine", "true", "q", "group", "serviceArea", "waste");
        int atThree;
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            display(filters);
            atThree = counter.count();
        }
        for (int i = 3; i < 60; i++) {
            seed(aGroup().named("Group " + i).withMembers(LEEDS).inAreas("waste").build());
        }
        int atSixty;
        String html;
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            html = display(filters);
            atSixty = counter.count();
        }

        assertThat(html).contains("Showing 1 to 25 of 60 groups.");
        assertThat(atSixty).isEqualTo(atThree);
    }
}
