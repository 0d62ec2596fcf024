package org.connectedcouncils.council.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of a request for editor rights, or of its refusal: the reason (required, at most 500 characters). */
@JsonIgnoreProperties(ignoreUnknown = false)
public record EditorRequestInput(String reason) {
}
