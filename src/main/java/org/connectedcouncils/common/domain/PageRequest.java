package org.connectedcouncils.common.domain;

/**
 * Which slice of a list to return. Every list in the app is paged: default 25, at most 100 rows; a request from
 * outside may start at most {@value #MAX_START} rows in (a list that long is searched or filtered, not paged through).
 */
public record PageRequest(int start, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** The furthest row a request from outside may start at. */
    public static final int MAX_START = 10_000;
    public static final PageRequest FIRST = new PageRequest(0, DEFAULT_LIMIT);

    public PageRequest {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** Builds a request from raw values (start at most {@value #MAX_START}), reporting bad ones as field errors. */
    public static PageRequest of(Integer start, Integer limit) {
        int s = start == null ? 0 : start;
        int l = limit == null ? DEFAULT_LIMIT : limit;
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        if (s < 0) {
            errors.add(FieldError.of("start", "connected-councils.error.min", 0));
        } else if (s > MAX_START) {
            errors.add(FieldError.of("start", "connected-councils.error.range", 0, MAX_START));
        }
        if (l < 1 || l > MAX_LIMIT) {
            errors.add(FieldError.of("limit", "connected-councils.error.range", 1, MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PageRequest(s, l);
    }
}
