package org.connectedcouncils.register.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /admin/contacts/reassign}: hand the entries whose key contact is {@code from} to {@code to}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ContactReassignInput(String from, String to) {
}
