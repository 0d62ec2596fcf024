package org.connectedcouncils.common.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;

/**
 * Maps the use cases' refusals to HTTP: 401 sign in, 403 not allowed, 404 absent or invisible (indistinguishable),
 * 409 stale version (with the current one) or conflict, 400 invalid input naming every field.
 */
@Provider
public final class RefusalMapper implements ExceptionMapper<Refusal> {

    private final ErrorResponses errors;

    @Inject
    public RefusalMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(Refusal exception) {
        if (exception instanceof ValidationException invalid) {
            return errors.fields(400, invalid.errors());
        }
        if (exception instanceof Refusal.NotAuthenticated) {
            return errors.one(401, null, ErrorCodes.NOT_AUTHENTICATED);
        }
        if (exception instanceof Refusal.NotAllowed refused) {
            return errors.one(403, null, refused.reason());
        }
        if (exception instanceof Refusal.NotFound) {
            return errors.one(404, null, ErrorCodes.NOT_FOUND);
        }
        if (exception instanceof Refusal.StaleVersion stale) {
            return errors.stale(ErrorCodes.STALE_VERSION, stale.currentVersion());
        }
        if (exception instanceof Refusal.Conflict conflict) {
            return errors.one(409, null, conflict.reason());
        }
        return errors.one(500, null, ErrorCodes.INTERNAL);
    }
}
