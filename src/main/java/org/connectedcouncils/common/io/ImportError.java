package org.connectedcouncils.common.io;

import java.util.List;
import java.util.Objects;

import org.connectedcouncils.common.domain.FieldError;

/**
 * One problem found in an imported file: where it is (a publiccode.yml key path such as
 * {@code description.en.shortDescription}, or a CSV column; empty for the whole file), the 1-based line it is on
 * (0 when unknown), an i18n key saying why and that message's arguments.
 */
public record ImportError(String field, int line, String code, List<Object> arguments) {

    /** i18n key of a file over its size limit (REST answers it with 413). */
    public static final String TOO_LARGE = ImportLimits.TOO_LARGE;

    public ImportError {
        field = field == null ? "" : field;
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static ImportError of(String field, int line, String code, Object... arguments) {
        return new ImportError(field, line, code, List.of(arguments));
    }

    /** The same rule broken, placed at a field and line of the imported file. */
    public static ImportError at(String field, int line, FieldError error) {
        return new ImportError(field, line, error.code(), error.arguments());
    }
}
