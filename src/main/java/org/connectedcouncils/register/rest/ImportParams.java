package org.connectedcouncils.register.rest;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.rest.ErrorCodes;
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

    static Integer number(QueryParams params, String name) {
        String raw = params.text(name);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            params.error(FieldError.of(name, ErrorCodes.NOT_NUMBER));
            return null;
        }
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

    static CouncilCode council(QueryParams params, String name) {
        String raw = params.text(name);
        if (raw == null) {
            return null;
        }
        Optional<CouncilCode> code = CouncilCode.parse(raw);
        if (code.isEmpty()) {
            params.error(FieldError.of(name, FieldChecks.UNKNOWN_COUNCIL, raw));
        }
        return code.orElse(null);
    }

    /** A repeatable (or comma separated) list of codes. */
    static Set<String> codes(QueryParams params, String name) {
        Set<String> out = new TreeSet<>();
        for (String value : params.all(name)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }
}
