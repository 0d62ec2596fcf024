package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import org.connectedcouncils.common.audit.AuditTrail;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.host.AdminServlet;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.service.Administration;

/**
 * The admin page outside Confluence, for the local preview and tests: the real {@link AdminServlet} with local
 * stand-ins for SAL (the current demo user from an {@link ActorProvider}, {@link PreviewWebSudo},
 * {@link PreviewXsrf}, log-in at the preview's home page) and real Velocity. It answers {@value #PATH} (GET, and
 * POST of the settings form) and the WebSudo confirmation at {@value #WEBSUDO_PATH} (GET shows it, POST confirms);
 * the caller frames {@link Answer#bodyHtml()} in its page and links {@link Answer#webResources()}.
 */
public final class AdminPageFixture {

    public static final String PATH = "/admin";
    public static final String WEBSUDO_PATH = "/admin/websudo";

    private final Administration administration;
    private final ActorProvider actors;
    private final Messages messages;
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
    private final PreviewXsrf xsrf = new PreviewXsrf();
    private final PreviewWebSudo webSudo = new PreviewWebSudo(WEBSUDO_PATH);

    public AdminPageFixture(Administration administration, ActorProvider actors, Messages messages) {
        this.administration = administration;
        this.actors = actors;
        this.messages = messages;
    }

    /** The admin service on an AO database (role mappings and settings in AO, like in Confluence). */
    public static Administration administration(ActiveObjects ao, CouncilDirectory councils,
            ServiceAreaCatalogue serviceAreas, ActorProvider actors, AuditTrail audit, Clock clock) {
        return new Administration(actors, councils, new AoRoleMappings(ao), serviceAreas, new AoSettingsStore(ao),
                audit, clock);
    }

    /**
     * What the page answers.
     *
     * @param status HTTP status
     * @param location where a redirect (302/303) goes, else null
     * @param setCookies {@code Set-Cookie} header values
     * @param title the page title as plain text, or null when there is no page
     * @param bodyHtml the page body (already escaped HTML), or null when there is no page
     * @param webResources complete keys of the web resources the page requires
     */
    public record Answer(int status, String location, List<String> setCookies, String title, String bodyHtml,
            List<String> webResources) {
    }

    /**
     * Handles one request to {@value #PATH} or {@value #WEBSUDO_PATH} as the current demo user.
     *
     * @param method GET or POST
     * @param uri the request's path and query (host part ignored)
     * @param cookies the request's cookies by name
     * @param form the decoded form fields of a POST (empty for GET)
     */
    public Answer handle(String method, URI uri, Map<String, String> cookies, Map<String, String> form) {
        ServletExchange exchange = new ServletExchange(method, uri, cookies, form);
        if (WEBSUDO_PATH.equals(uri.getPath())) {
            return webSudoConfirmation(exchange);
        }
        RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
        AdminServlet servlet = new AdminServlet(HostFake.of(UserManager.class, new ActorUserManager(actors)),
                HostFake.of(LoginUriProvider.class, new PreviewLogin()), webSudo.webSudoManager(), xsrf.validator(),
                xsrf.accessor(), renderer.templateRenderer(), pageBuilder.pageBuilderService(), administration,
                messages);
        try {
            servlet.service(exchange.request, exchange.response);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Answer answer = answer(exchange, pageBuilder.webResources());
        return answer.status() == 403 && answer.bodyHtml() == null ? refusal(answer) : answer;
    }

    /** Confluence shows its own error page for a 403 without body; the preview shows a message instead. */
    private Answer refusal(Answer answer) {
        String body = "<div class=\"aui-message aui-message-error\" role=\"alert\"><p>"
                + escape(messages.text("connected-councils.admin.denied")) + "</p></div>";
        return new Answer(403, null, answer.setCookies(), messages.text("connected-councils.admin.title"), body,
                List.of());
    }

    /** GET: a form that confirms admin access; POST (with the XSRF token): opens a WebSudo session and goes back. */
    private Answer webSudoConfirmation(ServletExchange exchange) {
        Actor actor = actors.current();
        if (!actor.admin()) {
            return refusal(new Answer(403, null, List.of(), null, null, List.of()));
        }
        String back = exchange.request.getParameter("back");
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : PATH;
        if ("POST".equals(exchange.request.getMethod())) {
            if (!xsrf.validateFormEncodedToken(exchange.request)) {
                String body = "<div class=\"aui-message aui-message-error\"><p>"
                        + escape(messages.text("connected-councils.admin.xsrf")) + "</p></div>";
                return new Answer(403, null, List.of(), messages.text("connected-councils.admin.websudo.title"), body,
                        List.of());
            }
            exchange.response.addCookie(PreviewWebSudo.sessionCookie());
            exchange.response.setStatus(303);
            exchange.response.setHeader("Location", target);
            return answer(exchange, List.of());
        }
        String token = xsrf.getXsrfToken(exchange.request, exchange.response, true);
        String title = messages.text("connected-councils.admin.websudo.title");
        String body = "<section class=\"cc-admin-websudo\">\n<h1>" + escape(title) + "</h1>\n<p>"
                + escape(messages.text("connected-councils.admin.websudo.intro")) + "</p>\n"
                + "<form class=\"aui\" method=\"post\" action=\"" + WEBSUDO_PATH + "\">\n"
                + "<input type=\"hidden\" name=\"" + PreviewXsrf.PARAMETER + "\" value=\"" + escape(token) + "\">\n"
                + "<input type=\"hidden\" name=\"back\" value=\"" + escape(target) + "\">\n"
                + "<button type=\"submit\" class=\"aui-button aui-button-primary\">"
                + escape(messages.text("connected-councils.admin.websudo.confirm")) + "</button>\n</form>\n</section>";
        return new Answer(200, null, exchange.setCookies(), title, body, List.of());
    }

    /** The servlet's answer, with the body of the HTML document it wrote (Confluence decorates that body). */
    private Answer answer(ServletExchange exchange, List<String> webResources) {
        String html = exchange.body();
        int bodyStart = html.indexOf("<body>");
        int bodyEnd = html.lastIndexOf("</body>");
        boolean page = bodyStart >= 0 && bodyEnd > bodyStart;
        return new Answer(exchange.status(), exchange.header("Location"), exchange.setCookies(),
                page ? messages.text("connected-councils.admin.title") : null,
                page ? html.substring(bodyStart + 6, bodyEnd).trim() : null, page ? webResources : List.of());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** SAL's user manager, through {@link HostFake}, over the current demo user (admins are Confluence admins). */
    private record ActorUserManager(ActorProvider actors) {

        public UserKey getRemoteUserKey() {
            Actor actor = actors.current();
            return actor.isAnonymous() ? null : new UserKey(actor.userKey());
        }

        public boolean isAdmin(UserKey userKey) {
            return actors.current().admin();
        }

        public boolean isSystemAdmin(UserKey userKey) {
            return false;
        }

        public boolean isUserInGroup(UserKey userKey, String group) {
            return false;
        }
    }

    /** The preview has no log-in form: its home page, where a demo user is chosen, with the page to return to. */
    private static final class PreviewLogin {

        public URI getLoginUri(URI returnUri) {
            return URI.create("/?os_destination=" + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
        }
    }
}
