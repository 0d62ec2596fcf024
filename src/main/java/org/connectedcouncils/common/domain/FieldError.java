package org.connectedcouncils.common.domain;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule: the field it concerns (JSON name), an i18n key saying why, and the arguments of that message.
 */
public record FieldError(String field, String code, List<Object> arguments) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String code, Object... arguments) {
        return new FieldError(field, code, List.of(arguments));
    }
}
