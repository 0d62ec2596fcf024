package org.connectedcouncils.common.macro;

import java.net.URI;

/**
 * Addresses of the register entries' own pages (served by the host's solution page servlet). On screen they start
 * at the context path, so they work on whatever host name the reader used; in exports and mail they are absolute,
 * because a pdf, a Word file or an email has no page to be relative to.
 */
public record SolutionPages(String prefix) {

    /** The servlet's path under the context path; the entry key follows. */
    public static final String PATH = "/plugins/servlet/connected-councils/solutions/";
    /** Confluence's page address; the page id follows. */
    public static final String CONFLUENCE_PAGE_PATH = "/pages/viewpage.action?pageId=";
    /** Where a script puts the key in {@link #pattern()}. */
    public static final String KEY_PLACEHOLDER = "{key}";

    /** The pages for output in {@code mode} on the site at {@code site}. */
    public static SolutionPages of(SiteAddress site, OutputMode mode) {
        String base = trimSlash(site.baseUrl() == null ? "" : site.baseUrl());
        return new SolutionPages(mode.isInteractive() ? contextPath(base) : base);
    }

    /** The page of the entry with {@code key}, e.g. {@code CC-12}. */
    public String href(String key) {
        return prefix + PATH + key;
    }

    /** The Confluence page with {@code pageId} (a working group's project page, say). */
    public String confluencePage(long pageId) {
        return prefix + CONFLUENCE_PAGE_PATH + pageId;
    }

    /** The address with {@value #KEY_PLACEHOLDER} in place of the key, for rows the script builds. */
    public String pattern() {
        return prefix + PATH + KEY_PLACEHOLDER;
    }

    private static String contextPath(String base) {
        String path = base.isEmpty() ? "" : URI.create(base).getRawPath();
        return path == null ? "" : trimSlash(path);
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
