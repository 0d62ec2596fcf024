package org.connectedcouncils.common.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifier of a council: a GSS code for UK authorities (E06000023) or, for other European authorities, a
 * country-prefixed code of our own (e.g. NL-GM0363), always upper case.
 */
public record CouncilCode(String value) implements Comparable<CouncilCode> {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{2,19}");

    public CouncilCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a council code: " + value);
        }
    }

    /** Parses user input, tolerating case and surrounding blanks; empty when it is not a council code. */
    public static Optional<CouncilCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.trim().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(normalised).matches() ? Optional.of(new CouncilCode(normalised)) : Optional.empty();
    }

    public static CouncilCode of(String value) {
        return new CouncilCode(value);
    }

    @Override
    public int compareTo(CouncilCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
