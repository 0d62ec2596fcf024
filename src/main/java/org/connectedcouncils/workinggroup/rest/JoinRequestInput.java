package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /working-groups/{key}/join-requests}: the council asking, the role it asks for
 * ({@code member} when absent) and an optional message to the lead.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record JoinRequestInput(String council, String role, String message) {
}
