package org.connectedcouncils.register.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts of the entries matching a filter, per value of each facet (phase, kind, serviceArea, offer). */
public record Facets(Map<String, Map<String, Long>> counts) {

    public static final Facets NONE = new Facets(Map.of());

    public Facets {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        counts = Collections.unmodifiableMap(copy);
    }

    public long count(String facet, String value) {
        return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }
}
