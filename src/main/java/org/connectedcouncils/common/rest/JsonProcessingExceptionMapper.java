package org.connectedcouncils.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;

/**
 * Any other unreadable body (e.g. Jackson's size limits on strings or nesting): 400 naming the body. Parse and
 * mapping failures have their own, more exact mappers.
 */
@Provider
@Priority(1)
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private final ErrorResponses errors;

    @Inject
    public JsonProcessingExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return errors.one(400, ErrorCodes.BODY, ErrorCodes.MALFORMED_JSON);
    }
}
