package org.connectedcouncils.common.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Sort order of a list: one of the list's fields and a direction, written as the field's code led by {@code -} for
 * descending (or {@code +}, the same as none), e.g. {@code -updated}. Blank means the list's default.
 */
public record Sort<F extends Enum<F> & Coded>(F field, boolean descending) {

    /** Reads {@code raw} as a field of {@code fallback}'s kind and a direction; empty when the field is unknown. */
    public static <F extends Enum<F> & Coded> Optional<Sort<F>> parse(String raw, Sort<F> fallback) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(fallback);
        }
        String s = raw.trim();
        boolean descending = s.startsWith("-");
        if (descending || s.startsWith("+")) {
            s = s.substring(1);
        }
        return Coded.fromCode(fallback.field().getDeclaringClass(), s.toLowerCase(Locale.ROOT))
                .map(f -> new Sort<>(f, descending));
    }

    /** The written form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.code();
    }
}
