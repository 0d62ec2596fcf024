package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSortField;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class PortfolioMacroTest {

    @Mock
    private WorkingGroupQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private PortfolioMacro target;

    @Before
    public void setUp() {
        target = new PortfolioMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()));
    }

    @Test
    public void execute_passesEveryParameterAsOneTypedQuery() throws Exception {
        PortfolioQuery expected = new PortfolioQuery(SolutionTestData.BRIGHTON, "waste", Rag.AMBER,
                CollaborationModel.SHARED_SERVICE, Sort.parse("rag", PortfolioSortField.DEFAULT).orElseThrow(),
                new PageRequest(0, 5));
        when(queries.portfolio(expected)).thenReturn(GroupMacroTestData.portfolio(9));

        target.execute(Map.of("council", "E06000043", "serviceArea", "Waste", "rag", "amber", "model",
                "shared-service", "sort", "rag", "pageSize", "5"), null, TestConversionContext.display());

        assertThat(renderer.last().template()).isEqualTo(PortfolioMacro.TEMPLATE);
        assertThat(pageBuilder.webResources()).containsExactly(GroupViews.WEB_RESOURCE);
        assertThat(((PortfolioView) renderer.last().view()).notes()).containsExactly("Showing 2 of 9.");
    }

    @Test
    public void execute_rendersStaticallyWithoutScriptForPdf() throws Exception {
        when(queries.portfolio(PortfolioQuery.all())).thenReturn(GroupMacroTestData.portfolio(2));

        target.execute(Map.of(), null, TestConversionContext.pdf());

        assertThat(pageBuilder.webResources()).isEmpty();
        assertThat(((PortfolioView) renderer.last().view()).rows()).hasSize(2);
    }

    @Test
    public void execute_namesABadRag() throws Exception {
        target.execute(Map.of("rag", "purple"), null, TestConversionContext.display());

        verifyNoInteractions(queries);
        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(renderer.last().view().toString()).contains("rag", "purple");
    }

    @Test
    public void execute_namesABadSort() throws Exception {
        target.execute(Map.of("sort", "size"), null, TestConversionContext.display());

        verifyNoInteractions(queries);
        assertThat(renderer.last().view().toString()).contains("sort", "size");
    }

    @Test
    public void execute_namesAnUnknownCouncil() throws Exception {
        when(queries.portfolio(any())).thenReturn(GroupMacroTestData.portfolio(2));

        target.execute(Map.of("council", "E06000999"), null, TestConversionContext.display());

        verify(queries).portfolio(any());
        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(renderer.last().view().toString()).contains("council", "E06000999");
    }

    @Test
    public void execute_namesAnUnknownServiceArea() throws Exception {
        when(queries.portfolio(any())).thenReturn(GroupMacroTestData.portfolio(2));

        target.execute(Map.of("serviceArea", "parks"), null, TestConversionContext.display());

        assertThat(renderer.last().view().toString()).contains("serviceArea", "parks");
    }
}
