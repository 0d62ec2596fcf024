package org.connectedcouncils.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.connectedcouncils.common.rest.BoundedJsonBodies;

/** Runs {@link BoundedJsonBodies} over a body with a reader that reads everything it is given, as Jackson would. */
final class JsonBodyLimit {

    private JsonBodyLimit() {
    }

    /** What reading {@code body} to its end through the interceptor threw (null when nothing). */
    static Throwable readThrough(InputStream body) {
        AtomicReference<InputStream> stream = new AtomicReference<>(body);
        ReaderInterceptorContext context = mock(ReaderInterceptorContext.class);
        when(context.getMediaType()).thenReturn(MediaType.APPLICATION_JSON_TYPE);
        when(context.getHeaders()).thenReturn(new MultivaluedHashMap<>());
        when(context.getInputStream()).thenAnswer(call -> stream.get());
        doAnswer(call -> {
            stream.set(call.getArgument(0));
            return null;
        }).when(context).setInputStream(any());
        try {
            when(context.proceed()).thenAnswer(call -> {
                byte[] buffer = new byte[8192];
                while (stream.get().read(buffer) >= 0) {
                    // read on, as a parser would
                }
                return null;
            });
            new BoundedJsonBodies().aroundReadFrom(context);
            return null;
        } catch (Exception | Error e) {
            return e;
        }
    }
}
