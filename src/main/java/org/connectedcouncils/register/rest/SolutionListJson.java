package org.connectedcouncils.register.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of the register with facet counts for the same filter. */
public record SolutionListJson(
        List<SolutionSummaryJson> results,
        int start,
        int limit,
        int size,
        long total,
        Map<String, Map<String, Long>> facets,
        @JsonProperty("_links") Map<String, String> links) {
}
