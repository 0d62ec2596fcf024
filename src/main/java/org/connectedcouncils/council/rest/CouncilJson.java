package org.connectedcouncils.council.rest;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.rest.Links;

/** A council of the directory as a list item. */
public record CouncilJson(String code, String name, String type, String region, boolean retired, String nation,
        String country, Double latitude, Double longitude, String successor, String ended,
        @JsonProperty("_links") Map<String, String> links) {

    public static CouncilJson of(Council c, UriInfo uri) {
        return new CouncilJson(c.code().value(), c.name(), c.type().code(), c.region(), c.retired(),
                c.place().nation(), c.place().country(), c.place().latitude(), c.place().longitude(),
                c.successor() == null ? null : c.successor().value(), c.ended() == null ? null : c.ended().toString(),
                Map.of("self", Links.to(uri, "councils/" + c.code().value())));
    }
}
