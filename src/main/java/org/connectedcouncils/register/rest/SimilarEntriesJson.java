package org.connectedcouncils.register.rest;

import java.util.List;

/** Answer of {@code GET /solutions/similar}: up to five entries, best first. */
public record SimilarEntriesJson(List<SimilarEntryJson> results) {
}
