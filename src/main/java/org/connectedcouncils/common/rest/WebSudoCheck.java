package org.connectedcouncils.common.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;

/**
 * Refuses a call to a {@link WebSudoRequired} resource made outside a WebSudo session with 401 and the error
 * {@value #CODE}, after the access checks (so anonymous callers still get 401 and non-admins 403); the admin page
 * opens the session, so its own calls pass.
 */
@Provider
@WebSudoRequired
@Priority(Priorities.AUTHORIZATION + 100)
public final class WebSudoCheck implements ContainerRequestFilter {

    public static final String CODE = "connected-councils.error.webSudoRequired";

    private final WebSudoSessions sessions;
    private final ErrorResponses errors;

    @Context
    private HttpServletRequest request;

    @Inject
    public WebSudoCheck(WebSudoSessions sessions, Messages messages) {
        this.sessions = sessions;
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (!sessions.inSession(request)) {
            context.abortWith(errors.one(401, null, CODE));
        }
    }
}
