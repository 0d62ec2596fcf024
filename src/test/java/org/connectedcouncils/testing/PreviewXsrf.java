package org.connectedcouncils.testing;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;

/**
 * XSRF tokens for the local preview, like Confluence's {@code atl_token}: the token lives in the
 * {@value #COOKIE} cookie and a form post is valid only when its {@value #PARAMETER} field repeats it.
 */
public final class PreviewXsrf {

    public static final String COOKIE = "preview-xsrf";
    public static final String PARAMETER = "atl_token";

    private final SecureRandom random = new SecureRandom();

    /** This token check as SAL's {@link XsrfTokenValidator}. */
    public XsrfTokenValidator validator() {
        return HostFake.of(XsrfTokenValidator.class, this);
    }

    /** This token source as SAL's {@link XsrfTokenAccessor}. */
    public XsrfTokenAccessor accessor() {
        return HostFake.of(XsrfTokenAccessor.class, this);
    }

    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        String token = cookie(request);
        if (token == null && create) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        return token;
    }

    public boolean validateFormEncodedToken(HttpServletRequest request) {
        String expected = cookie(request);
        String sent = request.getParameter(PARAMETER);
        return expected != null && !expected.isEmpty() && expected.equals(sent);
    }

    public String getXsrfParameterName() {
        return PARAMETER;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
