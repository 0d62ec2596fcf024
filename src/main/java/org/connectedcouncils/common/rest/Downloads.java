package org.connectedcouncils.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** File answers: the content type with its charset and an attachment disposition with a fixed, safe file name. */
public final class Downloads {

    public static final String YAML = "application/yaml";
    public static final String X_YAML = "application/x-yaml";
    public static final String CSV = "text/csv";
    public static final String ZIP = "application/zip";
    public static final String UTF8 = "; charset=utf-8";

    private Downloads() {
    }

    /** {@code fileName} must be ASCII without quotes; callers build it from keys and constants only. */
    public static Response attachment(Object entity, String type, String fileName) {
        return Response.ok(entity, type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + fileName + "\"").header("X-Content-Type-Options", "nosniff").build();
    }
}
