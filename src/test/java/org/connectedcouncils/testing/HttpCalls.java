package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls a {@link RestServer} over real HTTP with {@link HttpClient}, as a {@link DemoUsers} user. */
public final class HttpCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Whether calls carry the preview's WebSudo cookie, as the admin page's calls do once it is confirmed. */
    private final boolean webSudo;
    /** The language the calls ask in ({@link RequestLocale#HEADER}), null for the default (English). */
    private final String locale;

    public HttpCalls(RestServer server) {
        this(server, true, null);
    }

    private HttpCalls(RestServer server, boolean webSudo, String locale) {
        this.server = server;
        this.webSudo = webSudo;
        this.locale = locale;
    }

    /** The same calls outside a WebSudo session. */
    public HttpCalls withoutWebSudo() {
        return new HttpCalls(server, false, locale);
    }

    /** The same calls from a user whose language is Welsh (the server must register a {@link RequestLocale}). */
    public HttpCalls inWelsh() {
        return new HttpCalls(server, webSudo, RequestLocale.WELSH.toString());
    }

    /** A response: status, headers and body text, with the body read as JSON on demand. */
    public record Result(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        /** The {@code field}s of the {@code errors} array, in order. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").isNull() ? null : e.path("field").asText()));
            return fields;
        }

        /** The {@code code}s of the {@code errors} array, in order. */
        public java.util.List<String> errorCodes() {
            java.util.List<String> codes = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> codes.add(e.path("code").asText()));
            return codes;
        }
    }

    /** A response whose body is kept as bytes (zip and other files). */
    public record Download(int status, HttpHeaders headers, byte[] body) {
    }

    /** GET keeping the body as bytes. */
    public Download download(String user, String relative) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(relative)).timeout(Duration.ofSeconds(30))
                .GET();
        if (user != null) {
            request.header(RequestActor.HEADER, user);
        }
        if (webSudo) {
            request.header("Cookie", PreviewWebSudo.COOKIE + "=" + PreviewWebSudo.CONFIRMED);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Result get(String user, String relative) {
        return send(user, "GET", relative, null, null);
    }

    public Result post(String user, String relative, String json) {
        return send(user, "POST", relative, "application/json", json);
    }

    public Result put(String user, String relative, String json) {
        return send(user, "PUT", relative, "application/json", json);
    }

    /** Any method, content type (null for none) and body (null for none). */
    public Result send(String user, String method, String relative, String contentType, String body) {
        return send(user, method, relative, contentType, null, body);
    }

    /** Any method, content type and accepted type (null for none) and body (null for none). */
    public Result send(String user, String method, String relative, String contentType, String accept,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(relative)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header(RequestActor.HEADER, user);
        }
        if (webSudo) {
            request.header("Cookie", PreviewWebSudo.COOKIE + "=" + PreviewWebSudo.CONFIRMED);
        }
        if (locale != null) {
            request.header(RequestLocale.HEADER, locale);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes a value as JSON text. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
