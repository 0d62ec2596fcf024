package org.connectedcouncils.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of every error response: {@code {"errors":[{"field":…,"code":…,"message":…}]}}; a stale edit also gives
 * {@code currentVersion}. {@code field} is null when the error concerns the request as a whole.
 */
public record ErrorJson(List<Entry> errors, @JsonInclude(JsonInclude.Include.NON_NULL) Integer currentVersion) {

    /** One error: the JSON field or query parameter it concerns, its i18n key and the translated text. */
    public record Entry(String field, String code, String message) {
    }
}
