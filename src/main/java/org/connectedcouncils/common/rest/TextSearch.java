package org.connectedcouncils.common.rest;

import jakarta.ws.rs.core.MultivaluedMap;

import org.connectedcouncils.common.domain.PageRequest;

/** The query of a list that takes a free-text filter {@code q} (null: any) and a page, and nothing else. */
public record TextSearch(String text, PageRequest page) {

    /** Reads {@code q}, {@code start} and {@code limit}; throws naming every bad one. */
    public static TextSearch of(MultivaluedMap<String, String> raw) {
        QueryParams params = new QueryParams(raw);
        String text = params.text("q");
        PageRequest page = params.page();
        params.check();
        return new TextSearch(text, page);
    }
}
