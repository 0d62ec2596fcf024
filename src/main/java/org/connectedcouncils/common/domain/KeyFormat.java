package org.connectedcouncils.common.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The written form of a public key: a prefix, a hyphen and a number from 1, e.g. {@code CC-12} (any case). */
public final class KeyFormat {

    private final String prefix;
    private final String what;
    private final Pattern pattern;

    /**
     * @param prefix what leads the number, e.g. {@code CC}
     * @param what what is numbered, for the error on a number below 1, e.g. {@code Solution}
     */
    public KeyFormat(String prefix, String what) {
        this.prefix = prefix;
        this.what = what;
        this.pattern = Pattern.compile("(?i)" + Pattern.quote(prefix) + "-([1-9][0-9]{0,9})");
    }

    /** The number of {@code raw} when it is written in this format; empty for anything else. */
    public Optional<Long> number(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(raw.trim());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Throws when {@code number} is below 1, the first number the database allocates. */
    public void check(long number) {
        if (number < 1) {
            throw new IllegalArgumentException(what + " numbers start at 1: " + number);
        }
    }

    /** The written form of {@code number}, e.g. {@code CC-12}. */
    public String write(long number) {
        return prefix + "-" + number;
    }
}
