package org.connectedcouncils.common.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The generic validation codes (each an i18n key) and the checks every feature's validator shares: required and
 * bounded text, web addresses, and throwing every error found at once.
 */
public final class FieldChecks {

    static final String PREFIX = "connected-councils.error.";
    public static final String REQUIRED = PREFIX + "required";
    public static final String TOO_LONG = PREFIX + "tooLong";
    public static final String TOO_MANY = PREFIX + "tooMany";
    public static final String NOT_URL = PREFIX + "url";
    public static final String UNKNOWN_COUNCIL = PREFIX + "council";
    public static final String NEGATIVE = PREFIX + "negative";
    public static final String TOO_LARGE = PREFIX + "tooLarge";
    public static final String FUTURE_DATE = PREFIX + "futureDate";

    private FieldChecks() {
    }

    /** Blank is an error only when {@code required}; longer than {@code max} characters always is. */
    public static void text(List<FieldError> errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, REQUIRED));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, TOO_LONG, max));
        }
    }

    /** An optional web address: at most {@code max} characters, absolute http(s) with a host. */
    public static void url(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > max) {
            errors.add(FieldError.of(field, TOO_LONG, max));
        } else if (!isWebUrl(value)) {
            errors.add(FieldError.of(field, NOT_URL));
        }
    }

    /** True for an absolute http(s) URL with a host. */
    public static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Throws {@link ValidationException} with every error found; returns quietly when there is none. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
