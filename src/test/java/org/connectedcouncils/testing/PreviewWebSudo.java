package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;

/**
 * WebSudo for the local preview: a request is in a WebSudo session when it carries the {@value #COOKIE} cookie,
 * which the confirmation form of {@link AdminPageFixture} sets for ten minutes; otherwise the user is sent to that
 * form (as Confluence sends admins to re-enter their password).
 */
public final class PreviewWebSudo {

    public static final String COOKIE = "preview-websudo";
    static final String CONFIRMED = "confirmed";
    static final int SECONDS = 600;

    private final String confirmPath;

    /** This WebSudo as SAL's {@link WebSudoManager}. */
    public WebSudoManager webSudoManager() {
        return HostFake.of(WebSudoManager.class, this);
    }

    public PreviewWebSudo(String confirmPath) {
        this.confirmPath = confirmPath;
    }

    public boolean canExecuteRequest(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && CONFIRMED.equals(cookie.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.sendRedirect(confirmPath + "?back=" + URLEncoder.encode(request.getRequestURI(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("No WebSudo session");
        }
    }

    /** The cookie that opens a WebSudo session. */
    static Cookie sessionCookie() {
        Cookie cookie = new Cookie(COOKIE, CONFIRMED);
        cookie.setPath("/");
        cookie.setMaxAge(SECONDS);
        cookie.setHttpOnly(true);
        return cookie;
    }
}
