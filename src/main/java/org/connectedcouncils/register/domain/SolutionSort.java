package org.connectedcouncils.register.domain;

import java.util.Locale;
import java.util.Optional;

/** Sort order of a register list: a field and a direction, written {@code name} or {@code -updated}. */
public record SolutionSort(Field field, boolean descending) {

    /** The columns a list can be sorted by. */
    public enum Field implements Coded {
        NAME,
        UPDATED,
        ADOPTIONS,
        PHASE;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final SolutionSort DEFAULT = new SolutionSort(Field.UPDATED, true);

    /** Parses {@code name}, {@code -updated}, {@code +phase}; empty when the field is unknown. */
    public static Optional<SolutionSort> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String s = raw.trim();
        boolean desc = s.startsWith("-");
        if (desc || s.startsWith("+")) {
            s = s.substring(1);
        }
        return Coded.fromCode(Field.class, s.toLowerCase(Locale.ROOT)).map(f -> new SolutionSort(f, desc));
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.code();
    }
}
