package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.TestConversionContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class RegisterTableMacroTest {

    @Mock
    private RegisterQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private RegisterTableMacro target;

    @Before
    public void setUp() {
        target = new RegisterTableMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_rendersTheFirstPageWithTheScriptOnDisplay() throws Exception {
        ArgumentCaptor<SolutionQuery> query = ArgumentCaptor.forClass(SolutionQuery.class);
        when(queries.table(query.capture(), anyBoolean())).thenReturn(MacroTestData.table(30, MacroTestData.hostileSolution(1)));

        String html = target.execute(Map.of("phase", "beta,live", "pageSize", "10", "sort", "name"), null,
                TestConversionContext.display());

        assertThat(html).isEqualTo("[" + RegisterTableMacro.TABLE + "]");
        assertThat(pageBuilder.webResources()).containsExactly(MacroOutput.WEB_RESOURCE);
        assertThat(query.getValue().phases()).containsExactlyInAnyOrder(Phase.BETA, Phase.LIVE);
        assertThat(query.getValue().page().limit()).isEqualTo(10);
        assertThat(query.getValue().state()).isEqualTo(EntryState.PUBLISHED);
        assertThat(query.getValue().sort().toString()).isEqualTo("name");
        RegisterTableView view = (RegisterTableView) renderer.last().view();
        assertThat(view.rows()).hasSize(1);
        assertThat(view.pageSize()).isEqualTo(10);
        assertThat(view.filters().get(0).value()).isEqualTo("beta,live");
    }

    @Test
    public void execute_rendersStaticHtmlWithoutScriptForPdf() throws Exception {
        ArgumentCaptor<SolutionQuery> query = ArgumentCaptor.forClass(SolutionQuery.class);
        when(queries.table(query.capture(), anyBoolean())).thenReturn(MacroTestData.table(130, MacroTestData.hostileSolution(1)));

        String html = target.execute(Map.of(), null, TestConversionContext.pdf());

        assertThat(html).isEqualTo("[" + RegisterTableMacro.STATIC_TABLE + "]");
        assertThat(pageBuilder.webResources()).isEmpty();
        assertThat(query.getValue().page().limit()).isEqualTo(100);
        assertThat(((RegisterTableView) renderer.last().view()).notes()).containsExactly(
                "Showing 1 of 130. Open the page in Confluence to see them all.");
    }

    @Test
    public void execute_saysWhatToDoWhenNothingMatchesTheFilters() throws Exception {
        when(queries.table(any(), anyBoolean())).thenReturn(MacroTestData.table(0));

        target.execute(Map.of("kind", "software"), null, TestConversionContext.display());

        assertThat(renderer.last().template()).isEqualTo(RegisterTableMacro.EMPTY);
        assertThat(((RegisterTableView) renderer.last().view()).empty().body()).contains("Clear the filters");
    }

    @Test
    public void execute_suggestsAddingTheFirstEntryWhenTheRegisterIsEmpty() throws Exception {
        when(queries.table(any(), anyBoolean())).thenReturn(MacroTestData.table(0));

        target.execute(Map.of(), null, TestConversionContext.pdf());

        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(((Views.Message) renderer.last().view()).body()).contains("Add the first one");
    }

    @Test
    public void execute_namesAnUnknownPhaseInsteadOfFailing() throws Exception {
        String html = target.execute(Map.of("phase", "beta,gamma"), null, TestConversionContext.display());

        assertThat(html).isEqualTo("[" + MacroOutput.MESSAGE_TEMPLATE + "]");
        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.type()).isEqualTo("error");
        assertThat(message.title()).contains("'phase'");
        assertThat(message.body()).contains("'gamma'");
        verifyNoInteractions(queries);
    }

    @Test
    public void execute_namesPageSizeWhenOutOfRange() throws Exception {
        target.execute(Map.of("pageSize", "500"), null, TestConversionContext.display());

        assertThat(((Views.Message) renderer.last().view()).title()).contains("'pageSize'");
    }

    @Test
    public void execute_namesAServiceAreaTheCatalogueDoesNotHave() throws Exception {
        when(queries.table(any(), anyBoolean())).thenReturn(MacroTestData.table(0));

        target.execute(Map.of("serviceArea", "parking"), null, TestConversionContext.display());

        assertThat(((Views.Message) renderer.last().view()).title()).contains("'serviceArea'");
    }

    @Test
    public void execute_namesAnUnknownCouncil() throws Exception {
        when(queries.table(any(), anyBoolean())).thenReturn(MacroTestData.table(0));

        target.execute(Map.of("council", "E99999999"), null, TestConversionContext.display());

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.title()).contains("'council'");
        assertThat(message.body()).contains("E99999999");
    }

    @Test
    public void execute_asksAnonymousReadersToSignIn() throws Exception {
        when(queries.table(any(), anyBoolean())).thenThrow(new Refusal.NotAuthenticated());

        target.execute(Map.of(), null, TestConversionContext.display());

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.type()).isEqualTo("info");
        assertThat(message.title()).isEqualTo("Sign in to see the register");
    }

    @Test
    public void execute_linksNamesUnderTheContextPathOnScreenAndAbsolutelyInExports() throws Exception {
        when(queries.table(any(), anyBoolean())).thenReturn(MacroTestData.table(1, MacroTestData.hostileSolution(7)));
        RegisterTableMacro onSite = new RegisterTableMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages(), () -> "https://wiki.example.org/wiki"));

        onSite.execute(Map.of("columns", "name"), null, TestConversionContext.display());
        RegisterTableView onScreen = (RegisterTableView) renderer.last().view();
        onSite.execute(Map.of("columns", "name"), null, TestConversionContext.pdf());
        RegisterTableView inPdf = (RegisterTableView) renderer.last().view();

        assertThat(onScreen.entryUrl()).isEqualTo("/wiki/plugins/servlet/connected-councils/solutions/{key}");
        assertThat(onScreen.rows().get(0).cells().get(0).links()).extracting(Views.Link::href)
                .containsExactly("/wiki/plugins/servlet/connected-councils/solutions/CC-7");
        assertThat(inPdf.rows().get(0).cells().get(0).links()).extracting(Views.Link::href)
                .containsExactly("https://wiki.example.org/wiki/plugins/servlet/connected-councils/solutions/CC-7");
    }
}
