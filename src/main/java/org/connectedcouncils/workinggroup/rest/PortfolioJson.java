package org.connectedcouncils.workinggroup.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of the portfolio with the red/amber/green counts of the whole filter (ignoring its own RAG filter). */
public record PortfolioJson(List<PortfolioItemJson> results, int start, int limit, int size, long total,
        Map<String, Long> counts, @JsonProperty("_links") Map<String, String> links) {
}
