package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /working-groups/{key}/invitations}: the council invited and the role offered ({@code member}
 * when absent; {@code lead} offers a member the lead).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record InvitationInput(String council, String role) {
}
