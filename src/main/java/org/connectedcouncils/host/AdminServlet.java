package org.connectedcouncils.host;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.i18n.TemplateText;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.admin.page.AdminPageView;
import org.connectedcouncils.admin.page.AdminPageView.Notice;
import org.connectedcouncils.admin.page.AdminPageView.SettingsValues;
import org.connectedcouncils.admin.service.Administration;

/**
 * The app's admin page at {@value #PATH}: Confluence admins only (anonymous users are sent to log in, others get
 * 403), behind WebSudo. GET renders the page, whose script drives the admin REST API; the only POST it takes is the
 * settings form, which must carry the XSRF token and then redirects back (post/redirect/get).
 */
@AdminOnly
public final class AdminServlet extends HttpServlet {

    public static final String PATH = "/plugins/servlet/connected-councils/admin";
    public static final String TEMPLATE = "templates/admin/admin.vm";
    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:admin-page";
    static final String SAVED = "saved";

    private final transient UserManager userManager;
    private final transient LoginUriProvider loginUriProvider;
    private final transient WebSudoManager webSudoManager;
    private final transient XsrfTokenValidator xsrfValidator;
    private final transient XsrfTokenAccessor xsrfAccessor;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient Administration administration;
    private final transient Messages messages;

    public AdminServlet(UserManager userManager, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
            XsrfTokenValidator xsrfValidator, XsrfTokenAccessor xsrfAccessor, TemplateRenderer renderer,
            PageBuilderService pageBuilder, Administration administration, Messages messages) {
        this.userManager = userManager;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.xsrfValidator = xsrfValidator;
        this.xsrfAccessor = xsrfAccessor;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.administration = administration;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admitted(request, response)) {
            return;
        }
        List<Notice> notices = request.getParameter(SAVED) == null ? List.of()
                : List.of(new Notice("success", messages.text("connected-councils.admin.settings.saved")));
        render(request, response, HttpServletResponse.SC_OK,
                SettingsValues.of(administration.settings()), List.of(), notices);
    }

    /** Saves the settings form; without a valid XSRF token nothing changes and the page answers 403. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!admitted(request, response)) {
            return;
        }
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            render(request, response, HttpServletResponse.SC_FORBIDDEN, SettingsValues.of(administration.settings()),
                    List.of(), List.of(new Notice("error", messages.text("connected-councils.admin.xsrf"))));
            return;
        }
        SettingsValues submitted = AdminPageView.submitted(form(request));
        try {
            administration.saveSettings(submitted.toSettings());
        } catch (ValidationException invalid) {
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, submitted, invalid.errors(),
                    List.of(new Notice("error", messages.text("connected-councils.admin.settings.invalid"))));
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + "?" + SAVED + "=1");
    }

    /** Signed in, an admin and in a WebSudo session; otherwise answers (login, 403 or WebSudo) and says no. */
    private boolean admitted(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = userManager.getRemoteUserKey();
        if (user == null) {
            response.sendRedirect(loginUriProvider.getLoginUri(requestUri(request)).toASCIIString());
            return false;
        }
        if (!userManager.isSystemAdmin(user) && !userManager.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status, SettingsValues values,
            List<FieldError> errors, List<Notice> notices) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        String token = xsrfAccessor.getXsrfToken(request, response, true);
        AdminPageView view = AdminPageView.of(request.getContextPath(), request.getRequestURI(),
                xsrfValidator.getXsrfParameterName(), token, values, errors, notices, messages);
        Map<String, Object> context = new HashMap<>();
        context.put("view", view);
        context.put("i18n", new TemplateText(messages));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static Map<String, String> form(HttpServletRequest request) {
        Map<String, String> form = new HashMap<>();
        for (String name : List.of("createGroup", "fundingBidLeadLimit", "stalenessDays", "adoptionCheckDays",
                "adoptionGraceDays")) {
            String value = request.getParameter(name);
            if (value != null) {
                form.put(name, value);
            }
        }
        return form;
    }

    private static URI requestUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
    }
}
