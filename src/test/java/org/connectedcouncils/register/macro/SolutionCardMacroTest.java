package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.TestConversionContext;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class SolutionCardMacroTest {

    @Mock
    private RegisterQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private SolutionCardMacro target;

    @Before
    public void setUp() {
        target = new SolutionCardMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_rendersTheCardWithActionsAndScriptOnDisplay() throws Exception {
        when(queries.card(SolutionKey.of(12))).thenReturn(MacroTestData.card(true, true));

        String html = target.execute(Map.of("key", "cc-12"), null, TestConversionContext.display());

        assertThat(html).isEqualTo("[" + SolutionCardMacro.CARD + "]");
        assertThat(pageBuilder.webResources()).containsExactly(MacroOutput.WEB_RESOURCE);
        SolutionCardView view = (SolutionCardView) renderer.last().view();
        assertThat(view.declareForms()).hasSize(1);
        assertThat(view.confirmActions()).containsExactly("Mark as still current");
        assertThat(view.links()).extracting(Views.Link::href).containsExactly("https://example.org/repo?a=1&b='2'");
    }

    @Test
    public void execute_rendersTheStaticCardWithoutActionsForWord() throws Exception {
        when(queries.card(SolutionKey.of(12))).thenReturn(MacroTestData.card(true, true));

        target.execute(Map.of("0", "CC-12"), null, TestConversionContext.of("word", null));

        assertThat(renderer.last().template()).isEqualTo(SolutionCardMacro.STATIC_CARD);
        assertThat(pageBuilder.webResources()).isEmpty();
        SolutionCardView view = (SolutionCardView) renderer.last().view();
        assertThat(view.declareForms()).isEmpty();
        assertThat(view.confirmActions()).isEmpty();
    }

    @Test
    public void execute_namesTheKeyWhenTheEntryIsMissingOrHidden() throws Exception {
        when(queries.card(SolutionKey.of(404))).thenThrow(new Refusal.NotFound("CC-404"));

        target.execute(Map.of("key", "CC-404"), null, TestConversionContext.display());

        Views.Message message = (Views.Message) renderer.last().view();
        assertThat(message.title()).contains("'key'");
        assertThat(message.body()).contains("CC-404");
    }

    @Test
    public void execute_namesTheKeyWhenItIsMalformedOrMissing() throws Exception {
        target.execute(Map.of("key", "<b>12"), null, TestConversionContext.display());
        Views.Message malformed = (Views.Message) renderer.last().view();
        target.execute(Map.of(), null, TestConversionContext.display());
        Views.Message missing = (Views.Message) renderer.last().view();

        assertThat(malformed.title()).contains("'key'");
        assertThat(malformed.body()).contains("<b>12");
        assertThat(missing.body()).contains("required");
        verifyNoInteractions(queries);
    }
}
