package org.connectedcouncils.common.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * Reads query parameters ourselves (the container would answer a bad number with a bare 404), collecting every bad
 * value as a {@link FieldError} named after the parameter.
 */
public final class QueryParams {

    /** Longest free-text search accepted. */
    public static final int TEXT_MAX = 200;
    /** Most values one repeatable parameter may carry (counting comma-separated parts): more is one error. */
    public static final int VALUES_MAX = 100;

    private final MultivaluedMap<String, String> params;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    /** The single value of a parameter, or null when absent or blank. */
    public String text(String name) {
        String value = params.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > TEXT_MAX) {
            errors.add(FieldError.of(name, "connected-councils.error.tooLong", TEXT_MAX));
            return null;
        }
        return value.trim();
    }

    /** Every value of a repeatable parameter; more than {@link #VALUES_MAX} is an error naming it. */
    public List<String> all(String name) {
        List<String> values = params.get(name);
        if (values != null && values.size() > VALUES_MAX) {
            errors.add(FieldError.of(name, FieldChecks.TOO_MANY, VALUES_MAX));
            return List.of();
        }
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(String::trim).toList();
    }

    /** Every value of a repeatable parameter whose values may also be comma separated, in order, trimmed. */
    public List<String> parts(String name) {
        List<String> out = new ArrayList<>();
        for (String value : all(name)) {
            for (String part : value.split(",", VALUES_MAX + 2)) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
                if (out.size() > VALUES_MAX) {
                    errors.add(FieldError.of(name, FieldChecks.TOO_MANY, VALUES_MAX));
                    return List.of();
                }
            }
        }
        return out;
    }

    /** A code of a closed vocabulary; an unknown one is an error listing the allowed codes. */
    public <E extends Enum<E> & Coded> E code(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, raw);
        if (value.isEmpty()) {
            invalid(name, raw, allowed(type));
        }
        return value.orElse(null);
    }

    /**
     * {@code sort}: a field of the list {@code fallback} sorts and a direction, blank for {@code fallback}; an unknown
     * field is an error listing {@code allowed}.
     */
    public <F extends Enum<F> & Coded> Sort<F> sort(Sort<F> fallback, String allowed) {
        String raw = text("sort");
        Optional<Sort<F>> sort = Sort.parse(raw, fallback);
        if (sort.isEmpty()) {
            invalid("sort", raw, allowed);
        }
        return sort.orElse(null);
    }

    /** Records any other bad value. */
    public void error(FieldError error) {
        errors.add(error);
    }

    /** Records an unknown value of {@code name}. */
    public void invalid(String name, String raw, String allowed) {
        errors.add(FieldError.of(name, ErrorCodes.INVALID_VALUE, raw, allowed));
    }

    /** {@code start} and {@code limit}: default 0 and 25, at most 100 rows. */
    public PageRequest page() {
        Integer start = number("start");
        Integer limit = number("limit");
        try {
            return PageRequest.of(start, limit);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return PageRequest.FIRST;
        }
    }

    /** A council code, or null when absent; one that cannot be a code is an error. */
    public CouncilCode council(String name) {
        String raw = text(name);
        if (raw == null) {
            return null;
        }
        Optional<CouncilCode> code = CouncilCode.parse(raw);
        if (code.isEmpty()) {
            errors.add(FieldError.of(name, FieldChecks.UNKNOWN_COUNCIL, raw));
        }
        return code.orElse(null);
    }

    /** The page of a request that takes no other parameter; a bad {@code start} or {@code limit} throws. */
    public static PageRequest pageOnly(MultivaluedMap<String, String> raw) {
        QueryParams params = new QueryParams(raw);
        PageRequest request = params.page();
        params.check();
        return request;
    }

    /** Throws one {@link ValidationException} with every bad parameter seen so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** {@code true} or {@code false}, absent is false; anything else is an error. */
    public boolean flag(String name) {
        String raw = text(name);
        if (raw == null || "false".equals(raw)) {
            return false;
        }
        if (!"true".equals(raw)) {
            invalid(name, raw, "true, false");
        }
        return true;
    }

    /** A whole number, or null when absent; anything else is an error. */
    public Integer number(String name) {
        String raw = text(name);
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, ErrorCodes.NOT_NUMBER));
            return null;
        }
    }

    /** The codes of a vocabulary, comma separated, for error messages. */
    public static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        List<String> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.code());
        }
        return String.join(", ", codes);
    }
}
