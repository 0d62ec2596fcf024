package org.connectedcouncils.register.domain;

import java.util.Optional;

import org.connectedcouncils.common.domain.KeyFormat;

/** Public key of a register entry, {@code CC-<n>}; the number is allocated by the database and never reused. */
public record SolutionKey(long number) implements Comparable<SolutionKey> {

    private static final KeyFormat FORMAT = new KeyFormat("CC", "Solution");

    public SolutionKey {
        FORMAT.check(number);
    }

    /** Parses {@code CC-12} (any case); empty for anything else. */
    public static Optional<SolutionKey> parse(String raw) {
        return FORMAT.number(raw).map(SolutionKey::new);
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
        return FORMAT.write(number);
    }
}
