package org.connectedcouncils.workinggroup.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Public key of a working group, {@code WG-<n>}; the number is allocated by the database and never reused. */
public record WorkingGroupKey(long number) implements Comparable<WorkingGroupKey> {

    private static final Pattern FORMAT = Pattern.compile("(?i)WG-([1-9][0-9]{0,9})");

    public WorkingGroupKey {
        if (number < 1) {
            throw new IllegalArgumentException("Working group numbers start at 1: " + number);
        }
    }

    /** Parses {@code WG-12} (any case); empty for anything else. */
    public static Optional<WorkingGroupKey> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(raw.trim());
        return m.matches() ? Optional.of(new WorkingGroupKey(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    public static WorkingGroupKey of(long number) {
        return new WorkingGroupKey(number);
    }

    @Override
    public int compareTo(WorkingGroupKey other) {
        return Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "WG-" + number;
    }
}
