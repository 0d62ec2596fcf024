package org.connectedcouncils.maturity.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code PUT admin/maturity/levels/{area}/{level}}: the area's wording of the level and its Welsh (optional);
 * blank wording restores the generic text in both languages.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record WordingInput(String wording, String wordingCy) {
}
