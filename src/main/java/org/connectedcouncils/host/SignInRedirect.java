package org.connectedcouncils.host;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;

/** Sends a reader who is not signed in to Confluence's login page, to come back to the page they asked for. */
final class SignInRedirect {

    private SignInRedirect() {
    }

    static void send(LoginUriProvider loginUris, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
    }

    /** This page's address to come back to after signing in; without the query if that is not a valid URI. */
    static URI returnUri(HttpServletRequest request) {
        String page = request.getRequestURL().toString();
        String query = request.getQueryString();
        try {
            return new URI(query == null ? page : page + "?" + query);
        } catch (URISyntaxException e) {
            return URI.create(page);
        }
    }
}
