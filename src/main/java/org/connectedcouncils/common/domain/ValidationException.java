package org.connectedcouncils.common.domain;

import java.util.List;

/** Input broke one or more rules; nothing was written. */
public final class ValidationException extends Refusal {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(FieldError error) {
        return new ValidationException(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
