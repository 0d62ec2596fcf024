package org.connectedcouncils.common.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * The value formats every feature's JSON shares: codes, ISO-8601 UTC instants and dates out; codes, council codes
 * and dates in, each bad value collected as a {@link FieldError} naming the JSON field.
 */
public final class JsonFormats {

    /** The earliest date any field accepts. */
    public static final LocalDate DATE_MIN = LocalDate.of(1900, 1, 1);
    /** The latest date any field accepts. */
    public static final LocalDate DATE_MAX = LocalDate.of(2100, 12, 31);

    private JsonFormats() {
    }

    public static String code(Coded value) {
        return value == null ? null : value.code();
    }

    /** The codes of {@code values}, sorted. */
    public static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().toList();
    }

    /** {@code 2026-11-01T09:00:00Z}. */
    public static String instant(Instant value) {
        return value == null ? null : value.toString();
    }

    /** {@code 2026-11-01}. */
    public static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /** A code of a closed vocabulary; blank is null, an unknown one an error naming {@code field}. */
    public static <E extends Enum<E> & Coded> E code(List<FieldError> errors, String field, String raw,
            Class<E> type) {
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
    public static CouncilCode council(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Optional<CouncilCode> code = CouncilCode.parse(raw.trim());
        if (code.isEmpty()) {
            errors.add(FieldError.of(field, FieldChecks.UNKNOWN_COUNCIL, raw));
        }
        return code.orElse(null);
    }

    /**
     * An ISO-8601 date from {@link #DATE_MIN} to {@link #DATE_MAX}; blank is null, an unreadable one or one outside
     * that range an error naming {@code field}.
     */
    public static LocalDate date(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, ErrorCodes.DATE));
            return null;
        }
        if (date.isBefore(DATE_MIN) || date.isAfter(DATE_MAX)) {
            errors.add(FieldError.of(field, ErrorCodes.DATE_RANGE, DATE_MIN.toString(), DATE_MAX.toString()));
            return null;
        }
        return date;
    }

    /** A list that may be left out of the body. */
    public static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Throws {@link ValidationException} with every error found; returns quietly when there is none. */
    public static void throwIfAny(List<FieldError> errors) {
        FieldChecks.throwIfAny(errors);
    }

    /** The request body; a missing one is an error on {@code body}. */
    public static <T> T present(T body) {
        if (body == null) {
            throw ValidationException.of(FieldError.of(ErrorCodes.BODY, FieldChecks.REQUIRED));
        }
        return body;
    }

    /** Runs a use case, renaming the fields of its validation errors to the API's JSON names. */
    public static <T> T renaming(Map<String, String> names, Supplier<T> call) {
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
