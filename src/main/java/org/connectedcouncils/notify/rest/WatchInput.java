package org.connectedcouncils.notify.rest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code PUT /watches/{type}/{key}}: whether to watch (true) or stop watching (false). */
@JsonIgnoreProperties(ignoreUnknown = false)
public record WatchInput(Boolean watching) {
}
