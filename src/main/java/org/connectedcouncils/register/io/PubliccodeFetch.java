package org.connectedcouncils.register.io;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Fetches one publiccode.yml over https for the sync, as an untrusted URL deserves: https only, at most
 * {@value #MAX_BYTES} bytes (counted while reading), {@link #TIMEOUT} for the whole fetch, at most
 * {@value #MAX_REDIRECTS} redirects followed by hand with every hop checked again, and never to a loopback, private,
 * link-local, unique-local, multicast or unspecified address (every address the name resolves to is checked) unless
 * an administrator allowed that host by name. The client and the name lookup are ports so tests can use a local
 * server with its own certificate.
 */
public final class PubliccodeFetch {

    /** Largest file accepted: 256 KiB. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Redirects followed at most. */
    public static final int MAX_REDIRECTS = 3;
    /** Time for the whole fetch, connecting, redirects and reading included. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Longest URL accepted. */
    public static final int URL_MAX = 450;

    /** Looks a host name up (the JDK's resolver in production). */
    @FunctionalInterface
    public interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    /** Why a fetch failed: a message key of the sync and its argument. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;
        private final String detail;

        Refused(String reason, String detail) {
            super(reason + (detail == null ? "" : ": " + detail), null, false, false);
            this.reason = reason;
            this.detail = detail;
        }

        /** One of the {@code REFUSED_*} codes. */
        public String reason() {
            return reason;
        }

        /** The URL, address or status concerned (may be null). */
        public String detail() {
            return detail;
        }
    }

    public static final String NOT_HTTPS = "notHttps";
    public static final String BAD_URL = "badUrl";
    public static final String PRIVATE_ADDRESS = "privateAddress";
    public static final String UNKNOWN_HOST = "unknownHost";
    public static final String TOO_MANY_REDIRECTS = "tooManyRedirects";
    public static final String TOO_LARGE = "tooLarge";
    public static final String TIMED_OUT = "timedOut";
    public static final String HTTP_STATUS = "httpStatus";
    public static final String UNREACHABLE = "unreachable";

    private final HttpClient client;
    private final Lookup lookup;
    private final Supplier<Set<String>> allowedHosts;

    /** {@code client} must not follow redirects itself; {@code allowedHosts} are lower-case names read per fetch. */
    public PubliccodeFetch(HttpClient client, Lookup lookup, Supplier<Set<String>> allowedHosts) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must leave redirects to the fetch");
        }
        this.client = client;
        this.lookup = lookup;
        this.allowedHosts = allowedHosts;
    }

    /** The production fetch: the JDK's client and resolver, redirects never followed by the client. */
    public static PubliccodeFetch standard(Supplier<Set<String>> allowedHosts) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
        return new PubliccodeFetch(client, InetAddress::getAllByName, allowedHosts);
    }

    /** The URL's form check alone (https, a host, no user info, bounded): null when fine, else a reason code. */
    public static String checkUrl(String url) {
        try {
            check(url);
            return null;
        } catch (Refused e) {
            return e.reason();
        }
    }

    /** The file's bytes and the URL it was finally read from (after redirects). */
    public record Fetched(byte[] body, URI from) {
    }

    /** Fetches the file, following redirects by hand; every refusal and failure is a {@link Refused}. */
    public Fetched fetch(String url) throws Refused {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        URI uri = check(url);
        Set<String> allowed = allowedHosts.get();
        for (int hop = 0; ; hop++) {
            checkAddress(uri, allowed);
            HttpResponse<byte[]> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                if (hop >= MAX_REDIRECTS) {
                    throw new Refused(TOO_MANY_REDIRECTS, String.valueOf(MAX_REDIRECTS));
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new Refused(HTTP_STATUS, String.valueOf(status)));
                uri = check(resolve(uri, location));
                continue;
            }
            if (status != 200) {
                throw new Refused(HTTP_STATUS, String.valueOf(status));
            }
            return new Fetched(response.body(), uri);
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws Refused {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Refused(TIMED_OUT, null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET()
                .header("Accept", "application/yaml, text/yaml, text/plain, */*").build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request,
                info -> CappedBody.of(info, MAX_BYTES));
        try {
            return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Refused(TIMED_OUT, null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused(TIMED_OUT, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLarge) {
                throw new Refused(TOO_LARGE, String.valueOf(MAX_BYTES));
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new Refused(TIMED_OUT, null);
            }
            throw new Refused(UNREACHABLE, cause == null ? null : cause.getClass().getSimpleName());
        }
    }

    private void checkAddress(URI uri, Set<String> allowed) throws Refused {
        String host = hostOf(uri);
        if (allowed.contains(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            throw new Refused(UNKNOWN_HOST, host);
        }
        if (addresses.length == 0) {
            throw new Refused(UNKNOWN_HOST, host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new Refused(PRIVATE_ADDRESS, host);
            }
        }
    }

    /** Whether an address is one the sync never reaches on its own: anything not plainly on the internet. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, 100.64/10 shared
                || first >= 240 || (first == 192 && second == 0 && (b[2] & 0xff) == 0); // 240/4, 192.0.0/24
    }

    private static URI check(String url) throws Refused {
        if (url == null || url.isBlank() || url.length() > URL_MAX) {
            throw new Refused(BAD_URL, null);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused(BAD_URL, url);
        }
        if (uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("https")) {
            throw new Refused(NOT_HTTPS, url);
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new Refused(BAD_URL, url);
        }
        return uri;
    }

    private static String resolve(URI base, String location) throws Refused {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused(BAD_URL, location);
        }
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

}
