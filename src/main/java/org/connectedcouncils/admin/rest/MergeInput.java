package org.connectedcouncils.admin.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /admin/service-areas/merge}: move every entry of area {@code from} to {@code into}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MergeInput(String from, String into) {
}
