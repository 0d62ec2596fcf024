package org.connectedcouncils.common.rest;

/** i18n keys of the errors the REST layer itself reports (the use cases bring their own). */
public final class ErrorCodes {

    static final String PREFIX = "connected-councils.error.";
    public static final String UNKNOWN_FIELD = PREFIX + "unknownField";
    public static final String WRONG_TYPE = PREFIX + "wrongType";
    public static final String INVALID_VALUE = PREFIX + "invalidValue";
    public static final String VALUE_TOO_LARGE = PREFIX + "valueTooLarge";
    public static final String MALFORMED_JSON = PREFIX + "malformedJson";
    public static final String BODY_TOO_LARGE = PREFIX + "bodyTooLarge";
    public static final String NOT_NUMBER = PREFIX + "notNumber";
    public static final String DATE = PREFIX + "date";
    public static final String DATE_RANGE = PREFIX + "dateRange";
    public static final String NOT_AUTHENTICATED = PREFIX + "notAuthenticated";
    public static final String NOT_FOUND = PREFIX + "notFound";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "methodNotAllowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupportedMediaType";
    public static final String NOT_ACCEPTABLE = PREFIX + "notAcceptable";
    public static final String BAD_REQUEST = PREFIX + "badRequest";
    public static final String INTERNAL = PREFIX + "internal";
    public static final String STALE_VERSION = "connected-councils.conflict.staleVersion";

    /** Field name used when a whole request body is unreadable. */
    public static final String BODY = "body";

    private ErrorCodes() {
    }
}
