package org.connectedcouncils.workinggroup.domain;

import java.util.Locale;
import java.util.Optional;

import org.connectedcouncils.register.domain.Coded;

/** Sort order of a group list, written {@code name} or {@code -updated}. */
public record GroupSort(Field field, boolean descending) {

    /** The columns a group list can be sorted by. */
    public enum Field implements Coded {
        NAME,
        UPDATED;

        @Override
        public String code() {
            return Coded.codeOf(this);
        }
    }

    public static final GroupSort DEFAULT = new GroupSort(Field.NAME, false);

    /** Parses {@code name}, {@code -updated}, {@code +name}; empty when the field is unknown. */
    public static Optional<GroupSort> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String s = raw.trim();
        boolean desc = s.startsWith("-");
        if (desc || s.startsWith("+")) {
            s = s.substring(1);
        }
        return Coded.fromCode(Field.class, s.toLowerCase(Locale.ROOT)).map(f -> new GroupSort(f, desc));
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.code();
    }
}
