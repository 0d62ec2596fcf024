package org.connectedcouncils.common.rest;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;

/**
 * Refuses a write that names no content type with 415, as the container already does for forms, text and
 * multipart: a cross-site page can send a body-less POST without a CORS preflight, so a write must carry
 * {@code application/json} (which no form can send) even when it has no body.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public final class JsonOnlyWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ErrorResponses errors;

    @Inject
    public JsonOnlyWrites(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getMediaType() == null) {
            request.abortWith(errors.one(415, null, ErrorCodes.UNSUPPORTED_MEDIA_TYPE));
        }
    }
}
