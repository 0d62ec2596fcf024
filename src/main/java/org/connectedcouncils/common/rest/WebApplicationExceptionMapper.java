package org.connectedcouncils.common.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;

/**
 * Keeps the status of the container's own refusals (404 no such address, 405, 406, 413 body too
 * large, 415 not JSON) but answers with
 * our JSON error body; without it the catch-all mapper would turn them into 500s.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private final ErrorResponses errors;

    @Inject
    public WebApplicationExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response body = status == 413
                ? errors.one(status, ErrorCodes.BODY, ErrorCodes.BODY_TOO_LARGE, BoundedJsonBodies.MAX_BYTES / 1024)
                : errors.one(status, null, codeFor(status));
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        return allow == null ? body : Response.fromResponse(body).header(HttpHeaders.ALLOW, allow).build();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCodes.NOT_AUTHENTICATED;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCodes.INTERNAL : ErrorCodes.BAD_REQUEST;
        };
    }
}
