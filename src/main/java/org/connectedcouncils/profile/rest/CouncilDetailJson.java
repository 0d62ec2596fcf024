package org.connectedcouncils.profile.rest;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.connectedcouncils.register.rest.SolutionSummaryJson;
import org.connectedcouncils.common.rest.PageJson;

/**
 * A council's profile: the entries it owns and those it adopts (evaluating or using), one page of each; the
 * {@code owns}/{@code adopts} links open the full lists in {@code /solutions}.
 */
public record CouncilDetailJson(String code, String name, String type, String region, boolean retired,
        PageJson<SolutionSummaryJson> owns, PageJson<SolutionSummaryJson> adopts,
        @JsonProperty("_links") Map<String, String> links) {
}
