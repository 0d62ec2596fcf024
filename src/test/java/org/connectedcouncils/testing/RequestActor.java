package org.connectedcouncils.testing;

import java.io.IOException;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.service.ActorProvider;

/**
 * Who is acting in the current HTTP request, standing in for Confluence's signed-in user: a filter reads the header
 * {@code X-Test-User} (tests) or the cookie {@code preview-user} (the local preview) as a {@link DemoUsers} id and
 * holds the actor on the request thread until the response is written.
 */
public final class RequestActor implements ActorProvider {

    public static final String HEADER = "X-Test-User";
    public static final String COOKIE = "preview-user";

    private final ThreadLocal<Actor> current = ThreadLocal.withInitial(Actor::anonymous);

    @Override
    public Actor current() {
        return current.get();
    }

    /** The filter that sets and clears the actor; register it with the application. */
    public Filter filter() {
        return new Filter();
    }

    /**
     * Sets the actor before matching (so access checks see it) and forgets it once the response is written: after
     * the body when there is one, since a streamed body (CSV, zip) reads the register while it is written.
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public final class Filter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String id = request.getHeaderString(HEADER);
            if (id == null) {
                Map<String, Cookie> cookies = request.getCookies();
                Cookie cookie = cookies.get(COOKIE);
                id = cookie == null ? null : cookie.getValue();
            }
            current.set(DemoUsers.actor(id));
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!response.hasEntity()) {
                current.remove();
            }
        }

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            try {
                context.proceed();
            } finally {
                current.remove();
            }
        }
    }
}
