package org.connectedcouncils.common.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;

/**
 * One data row of a CSV import: its first line in the file and its non-blank cells by column, read as typed values;
 * a cell that does not read adds its error, with the row's line and the column, to the list it is given.
 */
public record CsvRow(int line, Map<String, String> cells) {

    public static final int TEXT_MAX = 255;

    /** The same keys as the register's validation, so a CSV cell and a JSON field read alike. */
    public static final String REQUIRED = "connected-councils.error.required";
    public static final String TOO_LONG = "connected-councils.error.tooLong";

    public static final String NOT_ONE_OF = CsvReader.P + "notOneOf";
    public static final String NOT_COUNCIL_CODE = CsvReader.P + "notCouncilCode";
    public static final String NOT_BOOLEAN = CsvReader.P + "notBoolean";

    /** The cell as written, or null when it is blank. */
    public String get(String column) {
        return cells.get(column);
    }

    /** Text of at most {@value #TEXT_MAX} characters. */
    public String text(String column, boolean required, List<ImportError> errors) {
        String value = get(column);
        if (value == null) {
            if (required) {
                errors.add(ImportError.of(column, line, REQUIRED));
            }
            return null;
        }
        if (value.length() > TEXT_MAX) {
            errors.add(ImportError.of(column, line, TOO_LONG, TEXT_MAX));
            return null;
        }
        return value;
    }

    /** A code of a closed vocabulary; an unknown one is an error listing the allowed codes. */
    public <E extends Enum<E> & Coded> E coded(String column, Class<E> type, boolean required,
            List<ImportError> errors) {
        String value = get(column);
        if (value == null) {
            if (required) {
                errors.add(ImportError.of(column, line, REQUIRED));
            }
            return null;
        }
        Optional<E> found = Coded.fromCode(type, value);
        if (found.isEmpty()) {
            errors.add(ImportError.of(column, line, NOT_ONE_OF, value, codes(type)));
        }
        return found.orElse(null);
    }

    /** A council code, which the row must have. */
    public Optional<CouncilCode> councilCode(String column, List<ImportError> errors) {
        String value = get(column);
        if (value == null) {
            errors.add(ImportError.of(column, line, REQUIRED));
            return Optional.empty();
        }
        Optional<CouncilCode> code = CouncilCode.parse(value);
        if (code.isEmpty()) {
            errors.add(ImportError.of(column, line, NOT_COUNCIL_CODE, value));
        }
        return code;
    }

    /** true/yes/y/1 or false/no/n/0 in any case; false when blank. */
    public boolean bool(String column, List<ImportError> errors) {
        String value = get(column);
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1":
                return true;
            case "false", "no", "n", "0":
                return false;
            default:
                errors.add(ImportError.of(column, line, NOT_BOOLEAN, value));
                return false;
        }
    }

    /** The non-blank items of a {@code ;}-separated cell, trimmed; empty when blank. */
    public List<String> list(String column) {
        String value = get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The codes of a vocabulary, comma separated, for error messages. */
    public static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }
}
