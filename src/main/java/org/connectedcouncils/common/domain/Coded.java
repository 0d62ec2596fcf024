package org.connectedcouncils.common.domain;

import java.util.Arrays;
import java.util.Optional;

/** A closed vocabulary whose values have a stable, URL-friendly code (used in storage, JSON and query strings). */
public interface Coded {

    String code();

    /** Finds the constant of {@code type} with the given code, ignoring case. */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Turns {@code SHARE_CODE} into {@code share-code}. */
    static String codeOf(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
