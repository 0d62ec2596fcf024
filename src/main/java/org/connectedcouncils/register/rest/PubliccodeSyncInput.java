package org.connectedcouncils.register.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code PUT /solutions/{key}/publiccode-sync}: the file's https URL, blank or null to stop syncing. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PubliccodeSyncInput(String url) {
}
