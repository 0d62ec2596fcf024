package org.connectedcouncils.host;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.register.macro.SolutionCardMacro;
import org.connectedcouncils.register.macro.SolutionCardMacro.EntryPage;

/**
 * {@code GET {contextPath}/plugins/servlet/connected-councils/solutions/CC-12}: a register entry's own page, decorated
 * by Confluence, showing the same card as the {@code cc-solution} macro. A bad or unknown key answers 404 with the
 * macro's message; anonymous readers are sent to the login page and come back here. GET (and HEAD) only.
 *
 * <p>{@link LicensedOnly}, said explicitly rather than left to Platform 7+'s secure default for unannotated servlets:
 * anonymous readers get no entry page (the macro answers {@code SIGN_IN} for them too).
 */
@LicensedOnly
public final class SolutionPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SOLUTIONS = "/solutions/";

    private final transient SolutionCardMacro cards;
    private final transient LoginUriProvider loginUris;

    public SolutionPageServlet(SolutionCardMacro cards, LoginUriProvider loginUris) {
        this.cards = cards;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        EntryPage page;
        try {
            page = cards.page(rawKey(request.getPathInfo()));
        } catch (MacroExecutionException e) {
            throw new ServletException(e);
        }
        switch (page.outcome()) {
            case SIGN_IN -> {
                response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
                return;
            }
            case NOT_FOUND -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            case NOT_ALLOWED -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            case SHOWN -> response.setStatus(HttpServletResponse.SC_OK);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.html());
    }

    /** The part of the path after {@code /solutions/} (or after the servlet path), which should be an entry key. */
    static String rawKey(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        int at = path.indexOf(SOLUTIONS);
        if (at >= 0) {
            return path.substring(at + SOLUTIONS.length());
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** This page's address to come back to after signing in; without the query if that is not a valid URI. */
    private static URI returnUri(HttpServletRequest request) {
        String page = request.getRequestURL().toString();
        String query = request.getQueryString();
        try {
            return new URI(query == null ? page : page + "?" + query);
        } catch (URISyntaxException e) {
            return URI.create(page);
        }
    }
}
