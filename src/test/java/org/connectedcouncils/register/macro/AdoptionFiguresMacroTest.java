package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.Views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.connectedcouncils.register.domain.SolutionKind;
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
public class AdoptionFiguresMacroTest {

    @Mock
    private RegisterQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private AdoptionFiguresMacro target;

    @Before
    public void setUp() {
        target = new AdoptionFiguresMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_passesTheFilterToOneFiguresQuery() throws Exception {
        ArgumentCaptor<SolutionQuery> query = ArgumentCaptor.forClass(SolutionQuery.class);
        when(queries.figures(query.capture())).thenReturn(MacroTestData.figures());

        String html = target.execute(Map.of("kind", "software", "serviceArea", "waste", "pageSize", "ignored"), null,
                TestConversionContext.pdf());

        assertThat(html).isEqualTo("[" + AdoptionFiguresMacro.FIGURES + "]");
        assertThat(query.getValue().kinds()).containsExactly(SolutionKind.SOFTWARE);
        assertThat(query.getValue().serviceArea()).isEqualTo("waste");
        AdoptionFiguresView view = (AdoptionFiguresView) renderer.last().view();
        assertThat(view.charts()).hasSize(2);
        assertThat(view.headline()).extracting(Views.Fact::value).contains("5", "2 (40%)", "£36,000.00");
    }

    @Test
    public void execute_namesAnUnknownKind() throws Exception {
        target.execute(Map.of("kind", "spaceship"), null, TestConversionContext.display());

        assertThat(((Views.Message) renderer.last().view()).title()).contains("'kind'");
        verifyNoInteractions(queries);
    }
}
