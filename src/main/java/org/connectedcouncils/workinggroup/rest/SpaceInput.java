package org.connectedcouncils.workinggroup.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /working-groups/{key}/project-page}: the key of the space to create the page in. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SpaceInput(String spaceKey) {
}
