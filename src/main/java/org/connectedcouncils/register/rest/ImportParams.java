package org.connectedcouncils.register.rest;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.rest.QueryParams;

/** The query parameters of the import endpoints that {@link QueryParams} does not read itself. */
final class ImportParams {

    private ImportParams() {
    }

    /** {@code true} or {@code false} (default false); anything else is an error. */
    static boolean flag(QueryParams params, String name) {
        String raw = params.text(name);
        if (raw == null || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (!raw.equalsIgnoreCase("true")) {
            params.invalid(name, raw, "true, false");
        }
        return raw.equalsIgnoreCase("true");
    }

    static SolutionKey key(QueryParams params, String name) {
        String raw = params.text(name);
        if (raw == null) {
            return null;
        }
        Optional<SolutionKey> key = SolutionKey.parse(raw);
        if (key.isEmpty()) {
            params.invalid(name, raw, "CC-1, CC-2, …");
        }
        return key.orElse(null);
    }

    /** A repeatable (or comma separated) list of codes. */
    static Set<String> codes(QueryParams params, String name) {
        return new TreeSet<>(params.parts(name));
    }
}
