package org.connectedcouncils.workinggroup.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/** Value formats and input readers shared by the working-group JSON: codes, instants, dates, council codes. */
final class WgJson {

    private WgJson() {
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static CouncilRefJson council(CouncilCode code, Map<CouncilCode, Council> names) {
        return CouncilRefJson.of(code, Council.names(names));
    }

    /** A code of a closed vocabulary; blank is null, an unknown one an error naming {@code field}. */
    static <E extends Enum<E> & Coded> E code(List<FieldError> errors, String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<E> value = Coded.fromCode(type, raw.trim());
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, ErrorCodes.INVALID_VALUE, raw, QueryParams.allowed(type)));
        }
        return value.orElse(null);
    }

    /** A council code; blank is null, an unreadable one an error naming {@code field}. */
    static CouncilCode council(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<CouncilCode> code = CouncilCode.parse(raw.trim());
        if (code.isEmpty()) {
            errors.add(FieldError.of(field, SolutionValidator.UNKNOWN_COUNCIL, raw));
        }
        return code.orElse(null);
    }

    static LocalDate date(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, ErrorCodes.DATE));
            return null;
        }
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static <T> T present(T body) {
        if (body == null) {
            throw ValidationException.of(FieldError.of(ErrorCodes.BODY, SolutionValidator.REQUIRED));
        }
        return body;
    }

    /** An unreadable key names nothing: 404, like a key that does not exist. */
    static WorkingGroupKey key(String raw) {
        return WorkingGroupKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }

    /** Runs a use case, renaming the fields of its validation errors to this API's JSON names. */
    static <T> T renaming(Map<String, String> names, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            List<FieldError> renamed = new ArrayList<>();
            for (FieldError error : e.errors()) {
                renamed.add(new FieldError(names.getOrDefault(error.field(), error.field()), error.code(),
                        error.arguments()));
            }
            throw new ValidationException(renamed);
        }
    }
}
