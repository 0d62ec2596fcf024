package org.connectedcouncils.common.rest;

import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.connectedcouncils.common.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON that parses but does not fit a request type (unknown field, wrong type): 400 naming the field by its JSON
 * path, e.g. {@code oneOffCost.amount} or {@code platforms[2]}. Jackson's own size limits (e.g. strings of 20 million characters) name the field too. A failure while writing a
 * response is our bug: 500.
 */
@Provider
@Priority(1)
public final class JsonMappingExceptionMapper implements ExceptionMapper<JsonMappingException> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonMappingExceptionMapper.class);

    private final ErrorResponses errors;

    @Inject
    public JsonMappingExceptionMapper(Messages messages) {
        this.errors = new ErrorResponses(messages);
    }

    @Override
    public Response toResponse(JsonMappingException exception) {
        if (exception.getProcessor() instanceof JsonGenerator) {
            LOG.error("Could not write a JSON response", exception);
            return errors.one(500, null, ErrorCodes.INTERNAL);
        }
        String field = path(exception.getPath());
        if (exception.getCause() instanceof StreamConstraintsException) {
            return errors.one(400, field, ErrorCodes.VALUE_TOO_LARGE);
        }
        if (exception instanceof UnrecognizedPropertyException) {
            return errors.one(400, field, ErrorCodes.UNKNOWN_FIELD);
        }
        if (exception instanceof InvalidFormatException || exception instanceof MismatchedInputException) {
            return errors.one(400, field, ErrorCodes.WRONG_TYPE);
        }
        return errors.one(400, field, ErrorCodes.BAD_REQUEST);
    }

    /** {@code a.b[2].c}, or {@code body} when the problem is the document itself. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? ErrorCodes.BODY : out.toString();
    }
}
