package org.connectedcouncils.workinggroup.domain;

import java.util.Optional;

import org.connectedcouncils.common.domain.KeyFormat;

/** Public key of a working group, {@code WG-<n>}; the number is allocated by the database and never reused. */
public record WorkingGroupKey(long number) implements Comparable<WorkingGroupKey> {

    private static final KeyFormat FORMAT = new KeyFormat("WG", "Working group");

    public WorkingGroupKey {
        FORMAT.check(number);
    }

    /** Parses {@code WG-12} (any case); empty for anything else. */
    public static Optional<WorkingGroupKey> parse(String raw) {
        return FORMAT.number(raw).map(WorkingGroupKey::new);
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
        return FORMAT.write(number);
    }
}
