package org.connectedcouncils.host;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.auth.LoginUriProvider;

import org.connectedcouncils.register.page.RegisterPages;
import org.connectedcouncils.register.page.RegisterPages.Document;

/**
 * The register's own pages under {@code {contextPath}/plugins/servlet/connected-councils/solutions/}, decorated by
 * Confluence: {@code CC-12} (the entry's home with its History, {@code ?history=25} for older lines),
 * {@code CC-12/edit} and {@code new} (the editor), {@code import} (publiccode.yml). A bad or unknown key answers 404
 * with the macro's message; anonymous readers are sent to the login page and come back here. GET (and HEAD) only:
 * the pages' scripts write through the REST API, in JSON.
 *
 * <p>{@link LicensedOnly}, said explicitly rather than left to Platform 7+'s secure default for unannotated servlets:
 * anonymous readers get no page.
 */
@LicensedOnly
public final class SolutionPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SOLUTIONS = "/solutions/";

    private final transient RegisterPages pages;
    private final transient LoginUriProvider loginUris;

    public SolutionPageServlet(RegisterPages pages, LoginUriProvider loginUris) {
        this.pages = pages;
        this.loginUris = loginUris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Document page;
        try {
            page = pages.document(rawKey(request.getPathInfo()), request.getParameter("history"));
        } catch (MacroExecutionException e) {
            throw new ServletException(e);
        }
        switch (page.outcome()) {
            case SIGN_IN -> {
                SignInRedirect.send(loginUris, request, response);
                return;
            }
            case NOT_FOUND -> response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            case NOT_ALLOWED -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            case SHOWN -> response.setStatus(HttpServletResponse.SC_OK);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.html());
    }

    /** The part of the path after {@code /solutions/} (or after the servlet path): a key, {@code new}, ... */
    static String rawKey(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        int at = path.indexOf(SOLUTIONS);
        if (at >= 0) {
            return path.substring(at + SOLUTIONS.length());
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
