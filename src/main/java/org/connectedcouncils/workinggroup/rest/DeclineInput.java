package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /working-groups/{key}/join-requests/{id}/decline}: the reason, shown to the council. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record DeclineInput(String reason) {
}
