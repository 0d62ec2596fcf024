package org.connectedcouncils.council.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /admin/council-list/apply}: the list version the admin reviewed. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CouncilListVersionJson(String version) {
}
