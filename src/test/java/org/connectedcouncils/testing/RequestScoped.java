package org.connectedcouncils.testing;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * A value of the current HTTP request (who acts, which language), read by a filter from a header (tests) or a
 * cookie (the local preview) and held on the request thread until the response is written.
 */
public final class RequestScoped<T> {

    private final ThreadLocal<T> current;
    private final String header;
    private final String cookie;
    private final Function<String, T> parse;

    /** {@code parse} turns the header's or cookie's value, or null when there is neither, into the value. */
    RequestScoped(String header, String cookie, Function<String, T> parse, Supplier<T> outsideRequests) {
        this.current = ThreadLocal.withInitial(outsideRequests);
        this.header = header;
        this.cookie = cookie;
        this.parse = parse;
    }

    T current() {
        return current.get();
    }

    /**
     * Sets the value before matching (so access checks see it) and forgets it once the response is written: after
     * the body when there is one, since a streamed body (CSV, zip) reads the register while it is written. Each
     * value has its own subclass, annotated {@code @PreMatching @Priority(AUTHENTICATION)}: Jersey takes one
     * provider per class.
     */
    public abstract static class Filter<T> implements ContainerRequestFilter, ContainerResponseFilter,
            WriterInterceptor {

        private final RequestScoped<T> scoped;

        protected Filter(RequestScoped<T> scoped) {
            this.scoped = scoped;
        }

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String value = request.getHeaderString(scoped.header);
            if (value == null) {
                Cookie c = request.getCookies().get(scoped.cookie);
                value = c == null ? null : c.getValue();
            }
            scoped.current.set(scoped.parse.apply(value));
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (!response.hasEntity()) {
                scoped.current.remove();
            }
        }

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            try {
                context.proceed();
            } finally {
                scoped.current.remove();
            }
        }
    }
}
