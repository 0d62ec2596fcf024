package org.connectedcouncils.admin.rest;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.ErrorCodes;

/** i18n keys and checks shared by the admin resource's request bodies. */
final class AdminInputs {

    static final String COUNCIL_CODE = "connected-councils.error.councilCode";
    static final String AREA_CODE = "connected-councils.error.serviceAreaCode";

    private AdminInputs() {
    }

    /** The body, or a 400 naming {@code body} when the request had none. */
    static <T> T present(T body) {
        if (body == null) {
            throw ValidationException.of(FieldError.of(ErrorCodes.BODY, SettingsJson.REQUIRED));
        }
        return body;
    }
}
