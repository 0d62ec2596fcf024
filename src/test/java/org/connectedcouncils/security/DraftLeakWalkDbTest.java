package org.connectedcouncils.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.security.SecuritySeed.BRIGHTON;
import static org.connectedcouncils.security.SecuritySeed.DRAFT_MARKER;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_CONTACT;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.LEEDS_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.register.ao.AoPubliccodeSyncStore;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.host.SolutionPageServlet;
import org.connectedcouncils.profile.macro.CouncilProfileMacro;
import org.connectedcouncils.register.macro.AdoptionFiguresMacro;
import org.connectedcouncils.register.macro.RegisterTableMacro;
import org.connectedcouncils.register.macro.SolutionCardMacro;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls.Download;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.LocalCouncilLocks;
import org.connectedcouncils.testing.LocalProjectPages;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RecordingPageBuilder;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.connectedcouncils.testing.WorkingGroupWiring;
import org.connectedcouncils.workinggroup.ao.AoLinkingGroups;
import org.connectedcouncils.workinggroup.macro.PortfolioMacro;
import org.connectedcouncils.workinggroup.macro.StatusReportMacro;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * A Brighton draft (its name, summary and description hold a marker, it has a status report) walked through every
 * read path as each outsider - a viewer and editors of other councils, one of them a key contact of Brighton's
 * published entry: REST reads, lists, counts and facets, exports, the entry page and the macros. The marker never
 * shows, and where the draft itself is asked for the answer is 404, as for a key that does not exist.
 */
public class DraftLeakWalkDbTest {

    private static final List<String> OUTSIDERS = List.of(VIEWER, HACKNEY_EDITOR, HACKNEY_CONTACT, LEEDS_EDITOR);
    private static final VelocityTemplateRenderer VELOCITY = new VelocityTemplateRenderer();

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static SecuritySeed seed;
    private static String draft;

    @BeforeClass
    public static void plant() {
        seed = new SecuritySeed(fixture).plant();
        draft = seed.draft.toString();
        Result report = fixture.http.post(BRIGHTON_EDITOR, "solutions/" + draft + "/reports",
                SecuritySeed.report("2026-10-31").replace("On track.", "Report " + DRAFT_MARKER));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
    }

    @Test
    public void aDraftShowsInNoReadPathToAnOutsider() throws Exception {
        Map<String, String> leaks = new LinkedHashMap<>();
        for (String outsider : OUTSIDERS) {
            walkRest(outsider, leaks);
            walkPages(outsider, leaks);
        }
        assertThat(leaks).as("read paths that showed the draft (or did not answer as the OpenAPI says)").isEmpty();
    }

    @Test
    public void theWalkSeesTheDraftWhereItsOwnEditorLooks() throws Exception {
        String body = fixture.http.get(BRIGHTON_EDITOR, "solutions?q=" + DRAFT_MARKER).body()
                + fixture.http.get(BRIGHTON_EDITOR, "solutions.csv").body()
                + fixture.http.get(BRIGHTON_EDITOR, "solutions/" + draft + "/history").body()
                + fixture.http.get(BRIGHTON_EDITOR, "portfolio").body()
                + render(BRIGHTON_EDITOR, new SolutionCardMacro(queries(), output()), Map.of("key", draft),
                        TestConversionContext.display());

        assertThat(count(body, DRAFT_MARKER)).as("the marker is findable, so its absence means something")
                .isGreaterThanOrEqualTo(4);
    }

    /** Every REST read path: single reads answer 404, lists and files leave the draft out. */
    private static void walkRest(String user, Map<String, String> leaks) {
        for (String path : List.of("", "/history", "/adoptions", "/reports", "/publiccode.yml")) {
            expect(user, "solutions/" + draft + path, 404, leaks);
        }
        for (String path : List.of("solutions?limit=100", "solutions?q=" + DRAFT_MARKER, "solutions?phase=beta",
                "solutions?council=" + BRIGHTON, "solutions?sort=-updated&state=draft", "solutions.csv",
                "solutions.csv?q=" + DRAFT_MARKER, "solutions.html", "solutions.html?q=" + DRAFT_MARKER,
                "councils/" + BRIGHTON, "councils", "portfolio", "portfolio?kind=solution", "working-groups")) {
            expect(user, path, 200, leaks);
        }
        Result own = fixture.http.get(BRIGHTON_EDITOR, "solutions?limit=100");
        Result outsider = fixture.http.get(user, "solutions?limit=100");
        if (outsider.json().path("total").asLong() != own.json().path("total").asLong() - 1) {
            leaks.put(user + " GET solutions total", outsider.json().path("total") + " of " + own.json().path("total"));
        }
        outsider.json().path("facets").fields().forEachRemaining(facet -> facet.getValue().fields()
                .forEachRemaining(value -> {
            if (value.getValue().asLong() > outsider.json().path("total").asLong()) {
                leaks.put(user + " GET solutions facet " + facet.getKey(), value.toString());
            }
        }));
        if (fixture.http.get(user, "solutions?q=" + DRAFT_MARKER).json().path("total").asLong() != 0) {
            leaks.put(user + " GET solutions?q=marker", "counted the draft");
        }
        Download zip = fixture.http.download(user, "solutions/publiccode.zip");
        String unzipped = unzip(zip.body());
        if (zip.status() != 200 || unzipped.toLowerCase().contains(DRAFT_MARKER)) {
            leaks.put(user + " GET solutions/publiccode.zip", zip.status() + " " + unzipped.length());
        }
    }

    private static void expect(String user, String path, int status, Map<String, String> leaks) {
        Result result = fixture.http.get(user, path);
        String shown = result.body().toLowerCase().replace("q=" + DRAFT_MARKER, "q=(the user's own search)");
        if (result.status() != status || shown.contains(DRAFT_MARKER)) {
            leaks.put(user + " GET " + path, result.status() + " " + result.body());
        }
    }

    /** The entry page servlet and the macros, display and pdf. */
    private static void walkPages(String user, Map<String, String> leaks) throws Exception {
        RegisterQueries queries = queries();
        MacroOutput output = output();
        Map<String, Macro> macros = new LinkedHashMap<>();
        macros.put("register table", new RegisterTableMacro(queries, output));
        macros.put("card", new SolutionCardMacro(queries, output));
        macros.put("figures", new AdoptionFiguresMacro(queries, output));
        WorkingGroupQueries groups = groupQueries();
        macros.put("council profile", new CouncilProfileMacro(queries, groupServices().invitations(),
                fixture.maturity, fixture.editorRequests, fixture.commitments,
                fixture.data.actor, output));
        macros.put("portfolio", new PortfolioMacro(groups, output));
        macros.put("status report", new StatusReportMacro(groups, output, fixture.data.clock));
        Map<String, Map<String, String>> parameters = Map.of("card", Map.of("key", draft), "council profile",
                Map.of("council", BRIGHTON), "status report", Map.of("key", draft));
        for (Map.Entry<String, Macro> macro : macros.entrySet()) {
            for (ConversionContext context : List.of(TestConversionContext.display(), TestConversionContext.pdf())) {
                String html = render(user, macro.getValue(), parameters.getOrDefault(macro.getKey(), Map.of()),
                        context);
                if (html.toLowerCase().contains(DRAFT_MARKER)) {
                    leaks.put(user + " macro " + macro.getKey() + " " + context.getOutputType(), html);
                }
            }
        }
        String page = entryPage(user, queries, output, leaks);
        if (page.toLowerCase().contains(DRAFT_MARKER)) {
            leaks.put(user + " entry page", page);
        }
    }

    private static String entryPage(String user, RegisterQueries queries, MacroOutput output,
            Map<String, String> leaks) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(request.getMethod()).thenReturn("GET");
        when(request.getPathInfo()).thenReturn("/connected-councils/solutions/" + draft);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        fixture.data.actor.actAs(DemoUsers.actor(user));
        Servlet servlet = new SolutionPageServlet(new RegisterPages(queries, fixture.data.register,
                fixture.data.councils, fixture.data.serviceAreas, fixture.data.actor, output,
                new AoLinkingGroups(fixture.data.db.ao()), new DemoPeople(),
                new AoPubliccodeSyncStore(fixture.data.db.ao())),
                mock(LoginUriProvider.class));
        servlet.service(request, response);
        try {
            verify(response).setStatus(404);
        } catch (AssertionError e) {
            leaks.put(user + " entry page status", e.getMessage());
        }
        return body.toString();
    }

    private static String render(String user, Macro macro, Map<String, String> parameters, ConversionContext context)
            throws Exception {
        fixture.data.actor.actAs(DemoUsers.actor(user));
        return macro.execute(parameters, null, context);
    }

    private static RegisterQueries queries() {
        return new RegisterQueries(fixture.data.register, fixture.data.store, fixture.data.councils,
                fixture.data.serviceAreas, fixture.data.actor);
    }

    private static WorkingGroupQueries groupQueries() {
        WorkingGroupWiring.Services services = groupServices();
        return new WorkingGroupQueries(services.groups(), services.reports(), fixture.data.register,
                fixture.data.councils, fixture.data.serviceAreas, fixture.data.actor, services.joins(),
                services.invitations(), services.records(), new DemoPeople(), new LocalProjectPages());
    }

    private static WorkingGroupWiring.Services groupServices() {
        return WorkingGroupWiring.workingGroups(fixture.data.db.ao(),
                fixture.data.councils, fixture.data.serviceAreas, fixture.data.register, fixture.data.actor,
                fixture.pages, new LocalCouncilLocks(), () -> fixture.maxFundingBidLeads, fixture.data.clock);
    }

    private static MacroOutput output() {
        return new MacroOutput(VELOCITY.templateRenderer(), new RecordingPageBuilder().pageBuilderService(),
                new PropertiesMessages());
    }

    private static String unzip(byte[] zip) {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(entry.getName()).append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static int count(String text, String piece) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(piece); i >= 0; i = text.indexOf(piece, i + 1)) {
            at.add(i);
        }
        return at.size();
    }
}
