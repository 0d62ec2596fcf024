package org.connectedcouncils.workinggroup.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RecordingTemplateRenderer;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class StatusReportMacroTest {

    private static final ReportSubject GROUP = ReportSubject.of(WorkingGroupKey.of(3));
    private static final ReportSubject ENTRY = ReportSubject.of(SolutionKey.of(12));
    private static final PageRequest TEN = new PageRequest(0, 10);

    @Mock
    private WorkingGroupQueries queries;

    private final RecordingTemplateRenderer renderer = new RecordingTemplateRenderer();
    private final RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
    private StatusReportMacro target;

    @Before
    public void setUp() {
        target = new StatusReportMacro(queries, new MacroOutput(renderer.templateRenderer(),
                pageBuilder.pageBuilderService(), new PropertiesMessages()),
                Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), ZoneOffset.UTC));
    }

    @Test
    public void execute_showsTheFormToPartnersOnDisplay() throws Exception {
        when(queries.history(GROUP, TEN)).thenReturn(GroupMacroTestData.history(GROUP, true, 2));

        target.execute(Map.of("key", "WG-3"), null, TestConversionContext.display());

        assertThat(renderer.last().template()).isEqualTo(StatusReportMacro.TEMPLATE);
        assertThat(pageBuilder.webResources()).containsExactly(GroupViews.WEB_RESOURCE);
        StatusReportView view = (StatusReportView) renderer.last().view();
        assertThat(view.forms()).singleElement().satisfies(f -> assertThat(f.today()).isEqualTo("2026-11-27"));
        assertThat(view.restPath()).isEqualTo("/rest/connected-councils/1.0/working-groups/WG-3/reports");
    }

    @Test
    public void execute_hidesTheFormFromReadersWhoMayNotReport() throws Exception {
        when(queries.history(GROUP, TEN)).thenReturn(GroupMacroTestData.history(GROUP, false, 2));

        target.execute(Map.of("key", "WG-3"), null, TestConversionContext.display());

        assertThat(((StatusReportView) renderer.last().view()).forms()).isEmpty();
    }

    @Test
    public void execute_rendersTheHistoryOnlyForPdfAndPostsEntryReportsToTheSolution() throws Exception {
        when(queries.history(ENTRY, new PageRequest(0, 5))).thenReturn(GroupMacroTestData.history(ENTRY, true, 9));

        target.execute(Map.of("key", "cc-12", "pageSize", "5"), null, TestConversionContext.pdf());

        assertThat(renderer.last().template()).isEqualTo(StatusReportMacro.STATIC_TEMPLATE);
        assertThat(pageBuilder.webResources()).isEmpty();
        StatusReportView view = (StatusReportView) renderer.last().view();
        assertThat(view.forms()).isEmpty();
        assertThat(view.restPath()).isEqualTo("/rest/connected-councils/1.0/solutions/CC-12/reports");
        assertThat(view.historyNotes()).containsExactly("Showing 2 of 9.");
    }

    @Test
    public void execute_namesThePageSizeWhenItIsOutOfRange() throws Exception {
        target.execute(Map.of("key", "WG-3", "pageSize", "500"), null, TestConversionContext.display());

        verifyNoInteractions(queries);
        assertThat(renderer.last().view().toString()).contains("pageSize", "500");
    }

    @Test
    public void execute_namesTheKeyWhenTheSubjectIsUnknown() throws Exception {
        when(queries.history(GROUP, TEN)).thenThrow(new Refusal.NotFound("WG-3"));

        target.execute(Map.of("key", "WG-3"), null, TestConversionContext.display());

        assertThat(renderer.last().template()).isEqualTo(MacroOutput.MESSAGE_TEMPLATE);
        assertThat(renderer.last().view().toString()).contains("key", "WG-3");
    }
}
