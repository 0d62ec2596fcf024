package org.connectedcouncils.host;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.notify.page.NotificationsPage;

/**
 * The signed-in person's Notifications page at {@code {contextPath}/plugins/servlet/connected-councils/notifications}
 * ({@code ?start=} pages the notifications, {@code ?watches=} what they watch, {@code ?unsubscribe=kind} comes from a
 * mail's "stop" link), decorated by Confluence; anonymous readers are sent to the login page and come back here.
 * GET (and HEAD) only: the page's script writes through the REST API, in JSON.
 */
@LicensedOnly
public final class NotificationsPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient NotificationsPage page;
    private final transient LoginUriProvider loginUris;

    public NotificationsPageServlet(NotificationsPage page, LoginUriProvider loginUris) {
        this.page = page;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        NotificationsPage.Document document;
        try {
            document = page.document(request.getParameter("start"), request.getParameter("watches"),
                    request.getParameter("unsubscribe"));
        } catch (MacroExecutionException e) {
            throw new ServletException(e);
        }
        if (document.signIn()) {
            SignInRedirect.send(loginUris, request, response);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(document.html());
    }
}
