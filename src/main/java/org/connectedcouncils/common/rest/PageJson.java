package org.connectedcouncils.common.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.common.domain.Page;

/** A page of any list: {@code results}, {@code start}, {@code limit}, {@code size}, {@code total}, {@code _links}. */
public record PageJson<T>(List<T> results, int start, int limit, int size, long total,
        @JsonProperty("_links") Map<String, String> links) {

    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> mapper, Map<String, String> links) {
        List<T> results = page.items().stream().map(mapper).toList();
        return new PageJson<>(results, page.start(), page.limit(), results.size(), page.total(), links);
    }

    /** The page with its paging links ({@link Links#paging}) to the request's address. */
    public static <S, T> PageJson<T> of(Page<S> page, Function<S, T> mapper, UriInfo uri) {
        return of(page, mapper, Links.paging(uri, page));
    }
}
