package org.connectedcouncils.common.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Refuses a JSON body over {@link #MAX_BYTES} with 413: at once when its declared length is over, otherwise as soon
 * as reading passes the limit, so no more than the limit (plus one buffer) is ever read. Files (CSV, YAML) have
 * their own limits where they are read.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public final class BoundedJsonBodies implements ReaderInterceptor {

    /** Largest JSON body read: room for the longest text fields even when every character is escaped. */
    public static final int MAX_BYTES = 1024 * 1024;

    @Inject
    public BoundedJsonBodies() {
        // no services: the limit is fixed
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredOver(declared)) {
            throw tooLarge();
        }
        Limited limited = new Limited(context.getInputStream());
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            // the parser may wrap the refusal (Jackson names the field it was reading); the limit is what stopped it
            if (limited.over) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private static boolean declaredOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException(413);
    }

    /** Passes bytes through until more than the limit have come, then fails the read. */
    private static final class Limited extends FilterInputStream {

        private long count;
        private boolean over;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, MAX_BYTES + 1L - count));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > MAX_BYTES) {
                over = true;
                throw tooLarge();
            }
        }
    }
}
