package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code PUT /working-groups/{key}/charter/{council}/progress}: {@code met}, {@code at-risk} or null. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProgressInput(String progress) {
}
