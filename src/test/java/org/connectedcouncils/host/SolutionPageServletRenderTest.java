package org.connectedcouncils.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.register.service.PubliccodeSyncStore;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.service.LinkingGroups;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.testing.ConfluenceLikeEscaping;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** The entry page through the real register pages and real Velocity with Confluence-like escaping. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class SolutionPageServletRenderTest {

    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();
    private static final String NAME = "Bins <script>alert(1)</script> & 'Boxes'";
    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @Mock
    private RegisterQueries queries;
    @Mock
    private SolutionRegister register;
    @Mock
    private CouncilDirectory councils;
    @Mock
    private ServiceAreaCatalogue serviceAreas;
    @Mock
    private LoginUriProvider loginUris;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final StringWriter body = new StringWriter();
    private SolutionPageServlet target;

    @Before
    public void setUp() throws Exception {
        MacroOutput output = new MacroOutput(VELOCITY.templateRenderer(),
                new RecordingPageBuilder().pageBuilderService(), new PropertiesMessages());
        target = new SolutionPageServlet(new RegisterPages(queries, register, councils, serviceAreas,
                () -> Actor.viewer("u1"), output, LinkingGroups.NONE,
                PersonNames.NONE, org.mockito.Mockito.mock(PubliccodeSyncStore.class)), loginUris);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    @Test
    public void doGet_rendersTheCardInADecoratedPageTitledWithTheEscapedName() throws Exception {
        when(request.getPathInfo()).thenReturn("/connected-councils/solutions/CC-12");
        when(queries.card(SolutionKey.of(12))).thenReturn(card());
        when(register.history(SolutionKey.of(12), new PageRequest(0, 25))).thenReturn(new Page<>(List.of(), 0, 25, 0));

        target.doGet(request, response);

        String html = body.toString();
        verify(response).setStatus(200);
        assertThat(html).contains("<title>" + ConfluenceLikeEscaping.escape(NAME) + "</title>",
                "<meta name=\"decorator\" content=\"atl.general\">", "data-cc-entry-page=\"\"", "data-cc-solution=\"\"",
                "data-rest=\"/rest/connected-councils/1.0/solutions/CC-12\"", "Brighton and Hove City Council");
        assertThat(html).doesNotContain("<script>", "&amp;lt;");
    }

    @Test
    public void doGet_answers404WithTheMacrosInlineMessageForAnUnknownKey() throws Exception {
        when(request.getPathInfo()).thenReturn("/connected-councils/solutions/CC-404");
        when(queries.card(SolutionKey.of(404))).thenThrow(new Refusal.NotFound("CC-404"));

        target.doGet(request, response);

        String html = body.toString();
        verify(response).setStatus(404);
        assertThat(html).contains("<title>Solution not found</title>", "aui-message aui-message-error", "CC-404");
    }

    private static SolutionCard card() {
        Solution solution = new Solution(SolutionKey.of(12), aSolution().named(NAME).ownedBy(BRIGHTON).build(),
                EntryState.PUBLISHED, new AdoptionCounts(0, 0, 0), NOW, "u1", NOW, null, 1);
        return new SolutionCard(solution, new Page<>(List.of(), 0, 100, 0),
                Map.of(BRIGHTON, new Council(BRIGHTON, "Brighton and Hove City Council", CouncilType.UNITARY, "",
                        false)),
                List.of(new ServiceArea("waste", "Waste", false)), false, false, List.of(),
                new ConfirmationRule(180, NOW));
    }
}
