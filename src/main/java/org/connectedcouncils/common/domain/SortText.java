package org.connectedcouncils.common.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The written form every list's sort order shares: a field's code, led by {@code -} for descending (or {@code +},
 * the same as none), e.g. {@code -updated}. Blank means the list's default.
 */
public final class SortText {

    private SortText() {
    }

    /**
     * Reads {@code raw} as a field of {@code fields} and a direction; empty when the field is unknown.
     *
     * @param make builds the list's sort from the field and whether it is descending
     */
    public static <F extends Enum<F> & Coded, S> Optional<S> parse(String raw, Class<F> fields, S fallback,
            BiFunction<F, Boolean, S> make) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(fallback);
        }
        String s = raw.trim();
        boolean descending = s.startsWith("-");
        if (descending || s.startsWith("+")) {
            s = s.substring(1);
        }
        return Coded.fromCode(fields, s.toLowerCase(Locale.ROOT)).map(f -> make.apply(f, descending));
    }

    /** The written form of a field and direction, as {@link #parse} reads it. */
    public static String of(Coded field, boolean descending) {
        return (descending ? "-" : "") + field.code();
    }
}
