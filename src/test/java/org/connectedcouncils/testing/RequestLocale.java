package org.connectedcouncils.testing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

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

/**
 * The language of the current HTTP request, standing in for the Confluence user's locale that SAL's I18nResolver
 * follows: a filter reads the header {@code X-Test-Locale} (tests) or the cookie {@code preview-locale} (the local
 * preview), e.g. {@code cy_GB}, and holds the locale on the request thread until the response is written.
 */
public final class RequestLocale {

    public static final String HEADER = "X-Test-Locale";
    public static final String COOKIE = "preview-locale";
    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = new Locale("cy", "GB");
    /** The languages the app ships, English (the default) first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);

    private final ThreadLocal<Locale> current = ThreadLocal.withInitial(() -> ENGLISH);

    public Locale current() {
        return current.get();
    }

    /** The supported locale a cookie or header value such as {@code cy_GB} names; English for anything else. */
    public static Locale parse(String value) {
        return SUPPORTED.stream().filter(l -> l.toString().equalsIgnoreCase(value)).findFirst().orElse(ENGLISH);
    }

    /** The filter that sets and clears the locale; register it with the application. */
    public Filter filter() {
        return new Filter();
    }

    /** Sets the locale before matching and forgets it once the response, streamed body included, is written. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public final class Filter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String value = request.getHeaderString(HEADER);
            if (value == null) {
                Cookie cookie = request.getCookies().get(COOKIE);
                value = cookie == null ? null : cookie.getValue();
            }
            current.set(parse(value));
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
