package org.connectedcouncils.common.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.common.domain.Page;

/**
 * Links as server-relative paths that include Confluence's context path, e.g.
 * {@code /confluence/rest/connected-councils/1.0/solutions/CC-12}.
 */
public final class Links {

    private Links() {
    }

    /** The path of a resource below the REST base, e.g. {@code solutions/CC-12}. */
    public static String to(UriInfo uri, String relative) {
        return uri.getBaseUri().getRawPath() + relative;
    }

    /** {@code self}, {@code next} and {@code prev} (null at either end) of a page of the current request. */
    public static Map<String, String> paging(UriInfo uri, Page<?> page) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", pathAndQuery(uri.getRequestUri()));
        links.put("next", page.hasNext() ? withStart(uri, page.start() + page.limit(), page.limit()) : null);
        links.put("prev", page.hasPrevious()
                ? withStart(uri, Math.max(0, page.start() - page.limit()), page.limit()) : null);
        return links;
    }

    /** The request's own path and query with {@code start} and {@code limit} set, other parameters kept in order. */
    private static String withStart(UriInfo uri, int start, int limit) {
        URI request = uri.getRequestUri();
        List<String> pairs = new ArrayList<>();
        boolean hasStart = false;
        boolean hasLimit = false;
        if (request.getRawQuery() != null) {
            for (String pair : request.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (name.equals("start")) {
                    if (!hasStart) {
                        pairs.add("start=" + start);
                    }
                    hasStart = true;
                } else if (name.equals("limit")) {
                    if (!hasLimit) {
                        pairs.add("limit=" + limit);
                    }
                    hasLimit = true;
                } else if (!pair.isEmpty()) {
                    pairs.add(pair);
                }
            }
        }
        if (!hasStart) {
            pairs.add("start=" + start);
        }
        if (!hasLimit) {
            pairs.add("limit=" + limit);
        }
        return request.getRawPath() + "?" + String.join("&", pairs);
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
