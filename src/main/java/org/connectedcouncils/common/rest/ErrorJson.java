package org.connectedcouncils.common.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of every error response: {@code {"errors":[{"field":…,"code":…,"message":…}]}}; a stale edit also gives
 * {@code currentVersion}. {@code field} is null when the error concerns the request as a whole.
 */
public record ErrorJson(List<Entry> errors, @JsonInclude(JsonInclude.Include.NON_NULL) Integer currentVersion) {

    /**
     * One error: the JSON field or query parameter it concerns (for an imported file, its key path or CSV column),
     * its i18n key, the translated text and, only for an imported file, the 1-based line it is on.
     */
    public record Entry(String field, String code, String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

        public Entry(String field, String code, String message) {
            this(field, code, message, null);
        }
    }
}
