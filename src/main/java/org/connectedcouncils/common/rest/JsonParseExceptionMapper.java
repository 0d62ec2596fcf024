package org.connectedcouncils.common.rest;

import com.fasterxml.jackson.core.JsonParseException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;

/** Malformed JSON: 400 naming the body, instead of Jackson's own text (which names Java classes). */
@Provider
@Priority(1)
public final class JsonParseExceptionMapper implements ExceptionMapper<JsonParseException> {

    private final ErrorResponses errors;

    @Inject
    public JsonParseExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(JsonParseException exception) {
        return errors.one(400, ErrorCodes.BODY, ErrorCodes.MALFORMED_JSON);
    }
}
