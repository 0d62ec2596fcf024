package org.connectedcouncils.register.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Public key of a register entry, {@code CC-<n>}; the number is allocated by the database and never reused. */
public record SolutionKey(long number) implements Comparable<SolutionKey> {

    private static final Pattern FORMAT = Pattern.compile("(?i)CC-([1-9][0-9]{0,9})");

    public SolutionKey {
        if (number < 1) {
            throw new IllegalArgumentException("Solution numbers start at 1: " + number);
        }
    }

    /** Parses {@code CC-12} (any case); empty for anything else. */
    public static Optional<SolutionKey> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(raw.trim());
        return m.matches() ? Optional.of(new SolutionKey(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    public static SolutionKey of(long number) {
        return new SolutionKey(number);
    }

    @Override
    public int compareTo(SolutionKey other) {
        return Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "CC-" + number;
    }
}
