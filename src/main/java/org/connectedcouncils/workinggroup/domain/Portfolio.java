package org.connectedcouncils.workinggroup.domain;

import java.util.EnumMap;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;

/**
 * A page of the roll-up and how many subjects of the whole filter are red, amber and green. The counts ignore the
 * RAG filter itself, so a view filtered to red still shows how many are amber and green.
 */
public record Portfolio(Page<PortfolioItem> page, Map<Rag, Long> ragCounts) {

    public Portfolio {
        Map<Rag, Long> all = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            all.put(r, ragCounts == null ? 0L : ragCounts.getOrDefault(r, 0L));
        }
        ragCounts = java.util.Collections.unmodifiableMap(all);
    }
}
