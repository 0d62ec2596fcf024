package org.connectedcouncils.council.rest;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.rest.Links;

/** A council of the directory as a list item. */
public record CouncilJson(String code, String name, String type, String region, boolean retired,
        @JsonProperty("_links") Map<String, String> links) {

    public static CouncilJson of(Council c, UriInfo uri) {
        return new CouncilJson(c.code().value(), c.name(), c.type().code(), c.region(), c.retired(),
                Map.of("self", Links.to(uri, "councils/" + c.code().value())));
    }
}
