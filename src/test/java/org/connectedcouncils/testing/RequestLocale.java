package org.connectedcouncils.testing;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.PreMatching;

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

    private final RequestScoped<Locale> locale = new RequestScoped<>(HEADER, COOKIE, RequestLocale::parse,
            () -> ENGLISH);

    public Locale current() {
        return locale.current();
    }

    /** The supported locale a cookie or header value such as {@code cy_GB} names; English for anything else. */
    public static Locale parse(String value) {
        return SUPPORTED.stream().filter(l -> l.toString().equalsIgnoreCase(value)).findFirst().orElse(ENGLISH);
    }

    /** The filter that sets and clears the locale; register it with the application. */
    public Filter filter() {
        return new Filter(locale);
    }

    /** The locale's own filter class (Jersey takes one provider per class). */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static final class Filter extends RequestScoped.Filter<Locale> {

        Filter(RequestScoped<Locale> scoped) {
            super(scoped);
        }
    }
}
