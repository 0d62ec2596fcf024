package org.connectedcouncils.common.macro;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Coded;

/** Reads a macro's raw parameter map into typed values; anything unusable becomes an {@link InvalidParameter}. */
public final class MacroParameters {

    public static final String BAD_VALUE = "connected-councils.macro.error.value";
    public static final String REQUIRED = "connected-councils.macro.error.required";
    public static final String BAD_NUMBER = "connected-councils.macro.error.number";
    public static final String BAD_COUNCIL = "connected-councils.macro.error.councilCode";
    public static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";
    public static final String UNKNOWN_KEY = "connected-councils.macro.error.unknownKey";

    private final Map<String, String> raw;

    public MacroParameters(Map<String, String> raw) {
        this.raw = raw == null ? Map.of() : raw;
    }

    /** The same parameters restricted to {@code names} (a macro that takes only some of another's). */
    public MacroParameters only(Set<String> names) {
        Map<String, String> kept = new HashMap<>(raw);
        kept.keySet().retainAll(names);
        return new MacroParameters(kept);
    }

    /** The trimmed value, empty when missing or blank. */
    public Optional<String> text(String name) {
        String value = raw.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Comma-separated list of codes of {@code type}; empty set when the parameter is missing. */
    public <E extends Enum<E> & Coded> Set<E> codes(String name, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String item : list(name)) {
            out.add(Coded.fromCode(type, item).orElseThrow(() -> new InvalidParameter(name, BAD_VALUE, item)));
        }
        return out;
    }

    /** One code of {@code type}, or null when missing. */
    public <E extends Enum<E> & Coded> E code(String name, Class<E> type) {
        return text(name).map(v -> Coded.fromCode(type, v).orElseThrow(() -> new InvalidParameter(name, BAD_VALUE,
                v))).orElse(null);
    }

    /** One value out of {@code allowed} (lower-cased), or null when missing. */
    public String oneOf(String name, Set<String> allowed) {
        return text(name).map(v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!allowed.contains(lower)) {
                throw new InvalidParameter(name, BAD_VALUE, v);
            }
            return lower;
        }).orElse(null);
    }

    /** A council code in the right shape (existence is checked by the service), or null when missing. */
    public CouncilCode council(String name) {
        return text(name).map(v -> CouncilCode.parse(v).orElseThrow(() -> new InvalidParameter(name, BAD_COUNCIL,
                v))).orElse(null);
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when missing. */
    public int number(String name, int min, int max, int fallback) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the parameter named
        }
        throw new InvalidParameter(name, BAD_NUMBER, value.get(), min, max);
    }

    /**
     * The value read by {@code parser}, which is given null when the parameter is missing (so it can supply a
     * default, e.g. a sort's default order); an empty result is a bad value.
     */
    public <T> T parse(String name, Function<String, Optional<T>> parser) {
        String value = text(name).orElse(null);
        return parser.apply(value).orElseThrow(() -> new InvalidParameter(name, BAD_VALUE, value));
    }

    /** The required value of {@code name} or else of the macro's unnamed default parameter, read by {@code parser}. */
    public <T> T required(String name, Function<String, Optional<T>> parser) {
        String value = text(name).or(() -> text("0")).orElseThrow(() -> new InvalidParameter(name, REQUIRED));
        return parser.apply(value).orElseThrow(() -> new InvalidParameter(name, BAD_VALUE, value));
    }

    /** Distinct lower-cased items of a comma-separated list, in the order given. */
    public List<String> list(String name) {
        Set<String> items = new LinkedHashSet<>();
        text(name).ifPresent(v -> {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    items.add(part.trim().toLowerCase(Locale.ROOT));
                }
            }
        });
        return new ArrayList<>(items);
    }
}
