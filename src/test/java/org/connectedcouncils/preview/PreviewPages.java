package org.connectedcouncils.preview;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.service.WorkingGroups;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.testing.AdminPageFixture;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.LocalCouncilHomePages;
import org.connectedcouncils.testing.RequestActor;
import org.connectedcouncils.testing.RequestLocale;
import org.connectedcouncils.testing.TestConversionContext;
import org.connectedcouncils.testing.VelocityTemplateRenderer;

/**
 * The preview's pages: each is a stored page body with the app's macros rendered into it, inside a page frame with
 * AUI, the demo-user and language switchers and links to the other pages. Same-origin with the REST API, as in
 * Confluence.
 */
@Path("/")
public final class PreviewPages {

    /** The first home page id of the demo councils' spaces, far above the project pages' ids. */
    static final long COUNCIL_HOME_PAGES = 9_000_000L;

    private final Map<String, Macro> macros;
    private final PreviewPageBuilder pageBuilder;
    private final WebResources webResources;
    private final VelocityTemplateRenderer renderer;
    private final ActorProvider actors;
    private final PreviewText text;
    private final WorkingGroups groups;
    private final CouncilDirectory councils;
    private final LocalCouncilHomePages councilHomes;
    private final ServiceAreaCatalogue serviceAreas;
    private final AdminPageFixture admin;
    private final RegisterPages registerPages;
    private final PreviewFrame frame;

    PreviewPages(Map<String, Macro> macros, PreviewPageBuilder pageBuilder, WebResources webResources,
            VelocityTemplateRenderer renderer, ActorProvider actors, PreviewText text, WorkingGroups groups,
            CouncilDirectory councils, LocalCouncilHomePages councilHomes, ServiceAreaCatalogue serviceAreas,
            AdminPageFixture admin, RegisterPages registerPages) {
        this.councilHomes = councilHomes;
        this.admin = admin;
        this.registerPages = registerPages;
        this.groups = groups;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.macros = macros;
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.renderer = renderer;
        this.actors = actors;
        this.text = text;
        this.frame = new PreviewFrame(renderer, actors, text);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        return page("home", "preview.home.title", List.of(), text.get("preview.home.intro"));
    }

    @GET
    @Path("register")
    @Produces(MediaType.TEXT_HTML)
    public Response register() {
        return page("register", "preview.register.title",
                List.of(new MacroCall("cc-register", Map.of("pageSize", "25"))), null);
    }

    /**
     * The register's own pages as the host's servlet serves them in Confluence (entry home, editor, import), here
     * framed by the preview's page instead of Confluence's decorator.
     */
    @GET
    @Path("{path: solutions|plugins/servlet/connected-councils/solutions}/{page: .+}")
    @Produces(MediaType.TEXT_HTML)
    public Response solution(@PathParam("page") String path, @QueryParam("history") String history) {
        pageBuilder.drain();
        RegisterPages.Shown shown;
        try {
            shown = registerPages.show(path, history);
        } catch (MacroExecutionException e) {
            throw new IllegalStateException(e);
        }
        List<String> urls = webResources.urls(pageBuilder.drain());
        return switch (shown.outcome()) {
            case SIGN_IN -> page("register", "preview.solution.title", List.of(), text.get("preview.signIn"));
            case SHOWN -> frame("register", shown.title(), null, shown.bodyHtml(), urls, false);
            case NOT_FOUND -> Response.fromResponse(frame("register", shown.title(), null, shown.bodyHtml(), urls,
                    true)).status(404).build();
            case NOT_ALLOWED -> Response.fromResponse(frame("register", shown.title(), null, shown.bodyHtml(), urls,
                    true)).status(403).build();
        };
    }

    @GET
    @Path("councils/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response council(@PathParam("code") String code) {
        return page("councils", "preview.council.title", List.of(new MacroCall("cc-council", Map.of("council", code)),
                new MacroCall("cc-maturity", Map.of("council", code))), null);
    }

    /**
     * The digital council: the heat map's first page (filtered by the query's type, nation and councils=all;
     * {@code output=pdf} renders it as an export does) and the assess/review forms.
     */
    @GET
    @Path("maturity")
    @Produces(MediaType.TEXT_HTML)
    public Response maturity(@QueryParam("type") String type, @QueryParam("nation") String nation,
            @QueryParam("councils") String listed, @QueryParam("output") String output) {
        Map<String, String> filter = new HashMap<>();
        if (type != null && !type.isBlank()) {
            filter.put("type", type);
        }
        if (nation != null && !nation.isBlank()) {
            filter.put("nation", nation);
        }
        boolean all = "all".equals(listed);
        if (all) {
            filter.put("councils", "all");
        }
        String map = macroHtml(List.of(new MacroCall("cc-maturity-map", filter)), "pdf".equals(output)
                ? TestConversionContext.pdf() : TestConversionContext.display());
        List<String> urls = new ArrayList<>(webResources.urls(pageBuilder.drain()));
        urls.add("/static/preview/maturity.js");
        Map<String, Object> context = PreviewMaturityForms.context(actors.current(), councils, serviceAreas, text,
                type, nation);
        context.put("allCouncils", all);
        return frame("maturity", text.get("preview.maturity.title"), null,
                renderer.render("preview/maturity.vm", context).replace("<!--map-->", map), urls, true);
    }

    /** The impact of reuse (cc-impact) by service area or by council, as shown on a page or exported to PDF. */
    @GET
    @Path("impact")
    @Produces(MediaType.TEXT_HTML)
    public Response impact(@QueryParam("by") String by, @QueryParam("output") String output) {
        pageBuilder.drain();
        Map<String, String> parameters = "council".equals(by) ? Map.of("by", "council") : Map.of("by", "area");
        String body = macroHtml(List.of(new MacroCall("cc-impact", parameters)), "pdf".equals(output)
                ? TestConversionContext.pdf() : TestConversionContext.display());
        return frame("impact", text.get("preview.impact.title"), text.get("preview.impact.intro"), body,
                webResources.urls(pageBuilder.drain()), true);
    }

    /** The councils willing to lead (cc-leaders) per service area, as shown on a page or exported to PDF. */
    @GET
    @Path("leaders")
    @Produces(MediaType.TEXT_HTML)
    public Response leaders(@QueryParam("output") String output) {
        pageBuilder.drain();
        String body = macroHtml(List.of(new MacroCall("cc-leaders", Map.of())), "pdf".equals(output)
                ? TestConversionContext.pdf() : TestConversionContext.display());
        return frame("leaders", text.get("preview.leaders.title"), text.get("preview.leaders.intro"), body,
                webResources.urls(pageBuilder.drain()), true);
    }

    @GET
    @Path("figures")
    @Produces(MediaType.TEXT_HTML)
    public Response figures() {
        return page("figures", "preview.figures.title", List.of(new MacroCall("cc-adoption-figures", Map.of())), null);
    }

    /** The space's index page of working groups: the group directory macro (as the blueprint's index page could). */
    @GET
    @Path("groups")
    @Produces(MediaType.TEXT_HTML)
    public Response groups() {
        if (actors.current().isAnonymous()) {
            return page("groups", "preview.groups.title", List.of(), text.get("preview.signIn"));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("text", text);
        return page("groups", "preview.groups.title", renderer.render("preview/groups.vm", context),
                List.of(new MacroCall("cc-working-groups", Map.of())), null);
    }

    /**
     * A Confluence page's address: a project page (the directory links groups to it) is the group's page of the
     * preview, a council space's home page the council's profile page.
     */
    @GET
    @Path("pages/viewpage.action")
    public Response projectPage(@QueryParam("pageId") Long pageId) {
        if (!actors.current().isAnonymous() && pageId != null) {
            var council = councilHomes.councilOf(pageId);
            if (council.isPresent()) {
                return Response.seeOther(URI.create("/councils/" + council.get().value())).build();
            }
            for (WorkingGroup g : groups.list(WorkingGroupQuery.all().withPage(new PageRequest(0,
                    PageRequest.MAX_LIMIT))).items()) {
                if (pageId.equals(g.projectPageId())) {
                    return Response.seeOther(URI.create("/groups/" + g.key())).build();
                }
            }
        }
        return Response.seeOther(URI.create("/groups")).build();
    }

    /** The create dialog's project-page wizard: a form that posts to the blueprint endpoint of the REST API. */
    @GET
    @Path("groups/new")
    @Produces(MediaType.TEXT_HTML)
    public Response newGroup() {
        Map<String, Object> context = new HashMap<>();
        context.put("text", text);
        context.put("space", DemoWorkingGroups.SPACE);
        context.put("councils", councils.all().stream()
                .map(c -> Map.of("code", c.code().value(), "name", c.name())).toList());
        context.put("areas", serviceAreas.all().stream().filter(a -> !a.retired())
                .map(a -> Map.of("code", a.code(), "name", a.name())).toList());
        context.put("models", java.util.Arrays.stream(CollaborationModel.values())
                .map(m -> Map.of("code", m.code(), "name", text.get("preview.model." + m.code()))).toList());
        return page("groups", "preview.newGroup.title", renderer.render("preview/new-group.vm", context),
                List.of("/static/preview/new-group.js"));
    }

    /** A Confluence page holding one entry's card (the cc-solution macro), with its short "declare" form. */
    @GET
    @Path("cards/{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response card(@PathParam("key") String key) {
        return page("register", "preview.card.title", List.of(new MacroCall("cc-solution", Map.of("key", key))),
                null);
    }

    /** A group's project page: the working-group summary and the status report macros on its page. */
    @GET
    @Path("groups/{key}")
    @Produces(MediaType.TEXT_HTML)
    public Response group(@PathParam("key") String key) {
        return page("groups", "preview.group.title", List.of(new MacroCall("cc-working-group", Map.of("key", key)),
                new MacroCall("cc-status-report", Map.of("key", key))), null);
    }

    @GET
    @Path("portfolio")
    @Produces(MediaType.TEXT_HTML)
    public Response portfolio() {
        return page("portfolio", "preview.portfolio.title", List.of(new MacroCall("cc-portfolio", Map.of())), null);
    }

    /** The app's admin page (in Confluence: Administration → Connected Councils), with preview WebSudo and XSRF. */
    @GET
    @Path("{path: admin|admin/websudo}")
    @Produces(MediaType.TEXT_HTML)
    public Response adminPage(@Context UriInfo uri, @Context HttpHeaders headers) {
        return adminAnswer(admin.handle("GET", uri.getRequestUri(), cookies(headers), Map.of()));
    }

    @POST
    @Path("{path: admin|admin/websudo}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response adminPost(@Context UriInfo uri, @Context HttpHeaders headers,
            MultivaluedMap<String, String> form) {
        Map<String, String> fields = new HashMap<>();
        form.forEach((k, v) -> fields.put(k, v.isEmpty() ? "" : v.get(0)));
        return adminAnswer(admin.handle("POST", uri.getRequestUri(), cookies(headers), fields));
    }

    private Response adminAnswer(AdminPageFixture.Answer answer) {
        Response.ResponseBuilder response;
        if (answer.bodyHtml() == null) {
            response = Response.status(answer.status());
        } else {
            response = Response.fromResponse(frame("admin", answer.title(), null, answer.bodyHtml(),
                    webResources.urls(answer.webResources()), false)).status(answer.status());
        }
        if (answer.location() != null) {
            response.header("Location", answer.location());
        }
        answer.setCookies().forEach(c -> response.header("Set-Cookie", c));
        return response.build();
    }

    private static Map<String, String> cookies(HttpHeaders headers) {
        Map<String, String> out = new HashMap<>();
        headers.getCookies().forEach((name, cookie) -> out.put(name, cookie.getValue()));
        return out;
    }

    /** The demo users, their councils and roles, as JSON for scripts and tests. */
    @GET
    @Path("preview/users")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> users() {
        List<Map<String, Object>> out = new ArrayList<>();
        DemoUsers.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Actor a = e.getValue();
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", e.getKey());
            user.put("userKey", a.userKey());
            user.put("admin", a.admin());
            user.put("editorOf", a.editorOf().stream().map(c -> c.value()).sorted().toList());
            user.put("roles", a.isAnonymous() ? List.of() : a.admin() ? List.of("admin")
                    : a.editorOf().isEmpty() ? List.of("viewer") : List.of("editor"));
            out.add(user);
        });
        return out;
    }

    /** Shows the app in another language from now on (a cookie, as the user's locale in Confluence), then goes back. */
    @GET
    @Path("preview/language")
    public Response switchLanguage(@QueryParam("locale") String locale, @QueryParam("back") String back) {
        NewCookie cookie = new NewCookie.Builder(RequestLocale.COOKIE).value(RequestLocale.parse(locale).toString())
                .path("/").httpOnly(false).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(backTo(back))).cookie(cookie).build();
    }

    /** Acts as another demo user from now on (a cookie), then goes back to the page. */
    @GET
    @Path("preview/switch")
    public Response switchUser(@QueryParam("user") String user, @QueryParam("back") String back) {
        String id = user != null && DemoUsers.all().containsKey(user) ? user : DemoUsers.ANONYMOUS;
        NewCookie cookie = new NewCookie.Builder(RequestActor.COOKIE).value(id).path("/").httpOnly(false)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(backTo(back))).cookie(cookie).build();
    }

    /** A path of this site to go back to; the home page for anything else (no open redirect). */
    private static String backTo(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
    }

    private Response page(String section, String titleKey, List<MacroCall> calls, String intro) {
        return page(section, titleKey, "", calls, intro);
    }

    /** A page of macros after {@code before} (trusted preview markup, e.g. a button). */
    private Response page(String section, String titleKey, String before, List<MacroCall> calls, String intro) {
        pageBuilder.drain();
        String body = before + macroHtml(calls);
        return frame(section, text.get(titleKey), intro, body, webResources.urls(pageBuilder.drain()),
                true);
    }

    private String macroHtml(List<MacroCall> calls) {
        return macroHtml(calls, TestConversionContext.display());
    }

    private String macroHtml(List<MacroCall> calls, com.atlassian.confluence.content.render.xhtml.ConversionContext
            context) {
        StringBuilder body = new StringBuilder();
        for (MacroCall call : calls) {
            Macro macro = macros.get(call.name());
            if (macro == null) {
                continue;
            }
            try {
                body.append(macro.execute(new HashMap<>(call.parameters()), null, context));
            } catch (MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return body.toString();
    }

    private Response page(String section, String titleKey, String bodyHtml, List<String> extraScripts) {
        List<String> urls = new ArrayList<>(extraScripts);
        return frame(section, text.get(titleKey), null, bodyHtml, urls, true);
    }

    private Response frame(String section, String title, String intro, String bodyHtml, List<String> urls,
            boolean heading) {
        return frame.frame(section, title, intro, bodyHtml, urls, heading);
    }

    /** A macro on a page, with the parameters the page's storage format gives it. */
    record MacroCall(String name, Map<String, String> parameters) {
    }
}
