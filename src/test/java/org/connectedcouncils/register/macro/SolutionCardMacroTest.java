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

    @Test
    public void page_wrapsTheOnScreenCardInAPageTitledWithTheEntryName() throws Exception {
        when(queries.card(SolutionKey.of(12))).thenReturn(MacroTestData.card(true, true));

        SolutionCardMacro.EntryPage page = target.page("CC-12");

        assertThat(page.outcome()).isEqualTo(SolutionCardMacro.Outcome.SHOWN);
        assertThat(page.html()).isEqualTo("[" + SolutionCardMacro.PAGE + "]");
        assertThat(renderer.renderings()).extracting(r -> r.template())
                .containsExactly(SolutionCardMacro.CARD, SolutionCardMacro.PAGE);
        SolutionPageView view = (SolutionPageView) renderer.last().view();
        assertThat(view.title()).isEqualTo(MacroTestData.HOSTILE_NAME);
        assertThat(view.cardHtml()).isEqualTo("[" + SolutionCardMacro.CARD + "]");
        assertThat(pageBuilder.webResources()).contains(MacroOutput.WEB_RESOURCE);
        verify(queries).card(SolutionKey.of(12));
    }

    @Test
    public void page_isNotFoundWithTheMacrosOwnMessageForAnUnknownKey() throws Exception {
        when(queries.card(SolutionKey.of(404))).thenThrow(new Refusal.NotFound("CC-404"));

        SolutionCardMacro.EntryPage page = target.page("CC-404");

        assertThat(page.outcome()).isEqualTo(SolutionCardMacro.Outcome.NOT_FOUND);
        Views.Message message = (Views.Message) renderer.renderings().get(0).view();
        assertThat(message.title()).contains("'key'");
        assertThat(message.body()).contains("CC-404");
        SolutionPageView view = (SolutionPageView) renderer.last().view();
        assertThat(view.title()).isEqualTo("Solution not found");
        assertThat(view.cardHtml()).isEqualTo("[" + MacroOutput.MESSAGE_TEMPLATE + "]");
    }

    @Test
    public void page_isNotFoundWithoutAServiceCallForAMalformedOrMissingKey() throws Exception {
        SolutionCardMacro.EntryPage malformed = target.page("<b>12");
        SolutionCardMacro.EntryPage missing = target.page("");

        assertThat(malformed.outcome()).isEqualTo(SolutionCardMacro.Outcome.NOT_FOUND);
        assertThat(missing.outcome()).isEqualTo(SolutionCardMacro.Outcome.NOT_FOUND);
        verifyNoInteractions(queries);
    }

    @Test
    public void page_asksAnonymousReadersToSignInAndRendersNothing() throws Exception {
        when(queries.card(SolutionKey.of(12))).thenThrow(new Refusal.NotAuthenticated());

        SolutionCardMacro.EntryPage page = target.page("CC-12");

        assertThat(page.outcome()).isEqualTo(SolutionCardMacro.Outcome.SIGN_IN);
        assertThat(page.html()).isEmpty();
        assertThat(renderer.renderings()).isEmpty();
    }
}
