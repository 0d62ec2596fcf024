package org.connectedcouncils.common.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.FieldError;

/** Builds error responses whose messages come from i18n; no exception text ever reaches a body. */
public final class ErrorResponses {

    /** Longest piece of the caller's own input repeated in a message. */
    static final int ECHO_MAX = 80;

    private final Messages messages;

    public ErrorResponses(Messages messages) {
        this.messages = messages;
    }

    Response fields(int status, List<FieldError> errors) {
        List<ErrorJson.Entry> entries = errors.stream()
                .map(e -> new ErrorJson.Entry(e.field(), e.code(), messages.text(e.code(), echo(e.arguments()))))
                .toList();
        return json(status, new ErrorJson(entries, null));
    }

    Response one(int status, String field, String code, Object... arguments) {
        return json(status, new ErrorJson(List.of(new ErrorJson.Entry(field, code, messages.text(code, arguments))),
                null));
    }

    Response stale(String code, int currentVersion) {
        ErrorJson.Entry entry = new ErrorJson.Entry("version", code, messages.text(code, currentVersion));
        return json(409, new ErrorJson(List.of(entry), currentVersion));
    }

    /** Message arguments with long text cut short, so a huge bad value is not sent straight back. */
    public static Object[] echo(List<Object> arguments) {
        return arguments.stream().map(a -> a instanceof String s && s.length() > ECHO_MAX
                ? s.substring(0, ECHO_MAX) + "\u2026" : a).toArray();
    }

    public static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
