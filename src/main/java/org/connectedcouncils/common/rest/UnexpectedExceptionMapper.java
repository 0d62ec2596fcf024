package org.connectedcouncils.common.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else is a fault: logged with its stack trace, answered with a bare 500 that reveals nothing. */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final ErrorResponses errors;

    @Inject
    public UnexpectedExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unexpected failure in a Connected Councils REST call", exception);
        return errors.one(500, null, ErrorCodes.INTERNAL);
    }
}
