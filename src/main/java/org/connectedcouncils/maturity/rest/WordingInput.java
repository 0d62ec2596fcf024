package org.connectedcouncils.maturity.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code PUT admin/maturity/levels/{area}/{level}}: the area's wording of the level; blank restores it. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record WordingInput(String wording) {
}
