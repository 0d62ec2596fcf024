package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class WorkingGroupMacroTest {

    @Mock
    private WorkingGroupQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private WorkingGroupMacro target;

    @Before
    public void setUp() {
        target = new WorkingGroupMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_rendersTheGroupWithTheJoinFormAndScriptOnDisplay() throws Exception {
        when(queries.card(WorkingGroupKey.of(3), WorkingGroupMacro.MEMBERS)).thenReturn(GroupMacroTestData.card(
                false, Set.of(SolutionTestData.LEEDS)));

        String html = target.execute(Map.of("key", "wg-3"), null, TestConversionContext.display());

        assertThat(html).isEqualTo("[" + WorkingGroupMacro.TEMPLATE + "]");
        assertThat(pageBuilder.webResources()).containsExactly(GroupViews.WEB_RESOURCE);
        WorkingGroupView view = (WorkingGroupView) renderer.last().view();
        assertThat(view.joinForms()).singleElement().satisfies(f -> assertThat(f.councils())
                .extracting(o -> o.value()).containsExactly("E08000035"));
        assertThat(view.latestReports()).hasSize(1);
        assertThat(view.restPath()).isEqualTo("/rest/connected-councils/1.0/working-groups/WG-3");
    }

    @Test
    public void execute_rendersWithoutJoinFormOrScriptForPdf() throws Exception {
        when(queries.card(WorkingGroupKey.of(3), WorkingGroupMacro.MEMBERS)).thenReturn(GroupMacroTestData.card(
                false, Set.of(SolutionTestData.LEEDS)));

        target.execute(Map.of("0", "WG-3"), null, TestConversionContext.pdf());

        assertThat(pageBuilder.webResources()).isEmpty();
        assertThat(((WorkingGroupView) renderer.last().view()).joinForms()).isEmpty();
    }

    @Test
    public void execute_hasNoJoinFormForUsersWhoseCouncilsAreAllInTheGroup() throws Exception {
        when(queries.card(WorkingGroupKey.of(3), WorkingGroupMacro.MEMBERS)).thenReturn(GroupMacroTestData.card(
                true, Set.of()));

        target.execute(Map.of("key", "WG-3"), null, TestConversionContext.display());

        assertThat(((WorkingGroupView) renderer.last().view()).joinForms()).isEmpty();
    }

    @Test
    public void execute_namesTheKeyWhenItIsMalformed() throws Exception {
        target.execute(Map.of("key", "CC-3"), null, TestConversionContext.display());

        verifyNoInteractions(queries);
        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(renderer.last().view().toString()).contains("key", "CC-3");
    }

    @Test
    public void execute_namesTheKeyWhenTheGroupIsUnknown() throws Exception {
        when(queries.card(WorkingGroupKey.of(404), WorkingGroupMacro.MEMBERS))
                .thenThrow(new Refusal.NotFound("WG-404"));

        target.execute(Map.of("key", "WG-404"), null, TestConversionContext.display());

        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(renderer.last().view().toString()).contains("key", "No working group 'WG-404'");
    }

    @Test
    public void execute_asksAnonymousReadersToSignIn() throws Exception {
        when(queries.card(WorkingGroupKey.of(3), WorkingGroupMacro.MEMBERS))
                .thenThrow(new Refusal.NotAuthenticated());

        target.execute(Map.of("key", "WG-3"), null, TestConversionContext.display());

        assertThat(renderer.last().view().toString()).contains("info");
    }
}
