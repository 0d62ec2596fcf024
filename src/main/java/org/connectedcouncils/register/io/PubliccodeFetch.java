package org.connectedcouncils.register.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.InetAddressUtils;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one publiccode.yml over https for the sync, as an untrusted URL deserves: https only, at most
 * {@value #MAX_BYTES} bytes (counted while reading), {@link #TIMEOUT} for the whole fetch, at most
 * {@value #MAX_REDIRECTS} redirects followed by hand with every hop checked again, and never to a loopback, private,
 * link-local, unique-local, multicast or unspecified address (every address the name resolves to is checked) unless
 * an administrator allowed that host by name. Each hop's name is looked up once and the connection goes to those
 * checked addresses only ({@link PinnedResolver}: no second lookup a rebinding DNS could answer differently), with
 * the certificate verified against the name and the name sent as SNI. The trusted certificates and the name lookup
 * are ports so tests can use a local server with its own certificate and a DNS of their own.
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

    /** Bytes read from the start of a repository file to tell its format; the rest is never downloaded. */
    public static final int SNIFF_BYTES = 1024;

    private final SSLContext tls;
    private final Lookup lookup;
    private final Supplier<Set<String>> allowedHosts;
    private final Duration timeout;

    /** {@code tls} decides which certificates are trusted; {@code allowedHosts} are lower-case names read per fetch. */
    public PubliccodeFetch(SSLContext tls, Lookup lookup, Supplier<Set<String>> allowedHosts) {
        this(tls, lookup, allowedHosts, TIMEOUT);
    }

    /** A fetch with a shorter time limit (tests of the limit itself). */
    PubliccodeFetch(SSLContext tls, Lookup lookup, Supplier<Set<String>> allowedHosts, Duration timeout) {
        this.tls = tls;
        this.lookup = lookup;
        this.allowedHosts = allowedHosts;
        this.timeout = timeout;
    }

    /** The production fetch: the JVM's trusted certificates and the JDK's resolver. */
    public static PubliccodeFetch standard(Supplier<Set<String>> allowedHosts) {
        return new PubliccodeFetch(SSLContexts.createSystemDefault(), InetAddress::getAllByName, allowedHosts);
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
        return read(url, MAX_BYTES, false, System.nanoTime() + timeout.toNanos());
    }

    /**
     * The first {@value #SNIFF_BYTES} bytes (or fewer) of a repository file such as a logo, by the same rules as
     * {@link #fetch}: enough to tell that it exists and what format it is; the rest is never downloaded.
     */
    public Fetched start(String url) throws Refused {
        return read(url, SNIFF_BYTES, true, System.nanoTime() + timeout.toNanos());
    }

    /**
     * {@link #start(String)} within a caller's time budget: the fetch ends at its own time limit or at
     * {@code budgetEnd} (a {@link System#nanoTime} instant), whichever comes first; each hop gets what is left.
     */
    Fetched start(String url, long budgetEnd) throws Refused {
        long ownEnd = System.nanoTime() + timeout.toNanos();
        return read(url, SNIFF_BYTES, true, budgetEnd - ownEnd < 0 ? budgetEnd : ownEnd);
    }

    /** This fetch's own time limit. */
    Duration timeout() {
        return timeout;
    }

    private Fetched read(String url, int cap, boolean startOnly, long deadline) throws Refused {
        URI uri = check(url);
        Set<String> allowed = allowedHosts.get();
        PinnedResolver pinned = new PinnedResolver();
        BasicHttpClientConnectionManager connections = connections(pinned);
        CloseableHttpClient client = client(connections);
        try {
            for (int hop = 0; ; hop++) {
                pinned.pin(hostOf(uri), addresses(uri, allowed));
                Timeout left = Timeout.of(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                connections.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(left)
                        .setSocketTimeout(left).build());
                Answer answer = send(client, uri, deadline, cap, startOnly);
                int status = answer.status();
                if (status >= 300 && status < 400 && status != 304) {
                    if (hop >= MAX_REDIRECTS) {
                        throw new Refused(TOO_MANY_REDIRECTS, String.valueOf(MAX_REDIRECTS));
                    }
                    if (answer.location() == null) {
                        throw new Refused(HTTP_STATUS, String.valueOf(status));
                    }
                    uri = check(resolve(uri, answer.location()));
                    continue;
                }
                if (status != 200) {
                    throw new Refused(HTTP_STATUS, String.valueOf(status));
                }
                return new Fetched(answer.body(), uri);
            }
        } finally {
            client.close(CloseMode.IMMEDIATE);
        }
    }

    /**
     * One fetch's single connection: through the pinned resolver only, https only; the JDK verifies the certificate
     * against the URL's host name (and the client checks the name again), which it also sends as SNI.
     */
    private BasicHttpClientConnectionManager connections(PinnedResolver pinned) {
        TlsSocketStrategy strategy = new DefaultClientTlsStrategy(tls);
        return BasicHttpClientConnectionManager.create(DefaultSchemePortResolver.INSTANCE, pinned,
                RegistryBuilder.<TlsSocketStrategy>create().register("https", strategy).build(),
                ManagedHttpClientConnectionFactory.INSTANCE);
    }

    /** One fetch's client: a connection never reused; no redirects, retries, cookies, proxy or decompression. */
    private static CloseableHttpClient client(BasicHttpClientConnectionManager connections) {
        return HttpClients.custom().setConnectionManager(connections).disableRedirectHandling()
                .disableAutomaticRetries().disableCookieManagement().disableAuthCaching().disableContentCompression()
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setUserAgent("Connected Councils publiccode.yml sync").build();
    }

    /** What one hop answered: the status, the redirect target if any, and the body read (empty unless 200). */
    private record Answer(int status, String location, byte[] body) {
    }

    /**
     * One request within what is left of the fetch's time: a watchdog aborts the exchange at the deadline, and the
     * connection is always aborted at the end rather than drained, so an unread or oversized body is never
     * downloaded to its end.
     */
    private static Answer send(CloseableHttpClient client, URI uri, long deadline, int cap, boolean startOnly)
            throws Refused {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new Refused(TIMED_OUT, null);
        }
        HttpGet get = new HttpGet(uri);
        get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(left, TimeUnit.NANOSECONDS)).build());
        get.addHeader("Accept", startOnly ? "image/*, */*" : "application/yaml, text/yaml, text/plain, */*");
        CompletableFuture<Void> watchdog = new CompletableFuture<>();
        watchdog.orTimeout(left, TimeUnit.NANOSECONDS).whenComplete((done, late) -> {
            if (late != null) {
                get.cancel();
            }
        });
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, get, null);
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            byte[] body = status == 200 ? capped(response.getEntity(), cap, startOnly) : new byte[0];
            return new Answer(status, location == null ? null : location.getValue(), body);
        } catch (InterruptedIOException e) {
            throw new Refused(TIMED_OUT, null);
        } catch (IOException e) {
            boolean late = System.nanoTime() - deadline >= 0;
            throw new Refused(late ? TIMED_OUT : UNREACHABLE, late ? null : e.getClass().getSimpleName());
        } finally {
            get.cancel();
            watchdog.complete(null);
            closeQuietly(response);
        }
    }

    /** The body, at most {@code cap} bytes: over it (declared or counted) is refused, unless only the start is read. */
    private static byte[] capped(HttpEntity entity, int cap, boolean startOnly) throws IOException, Refused {
        if (entity == null) {
            return new byte[0];
        }
        if (!startOnly && entity.getContentLength() > cap) {
            throw new Refused(TOO_LARGE, String.valueOf(cap));
        }
        // Not closed here: closing would read the rest; the exchange is aborted instead (see send).
        byte[] bytes = entity.getContent().readNBytes(startOnly ? cap : cap + 1);
        if (bytes.length > cap) {
            throw new Refused(TOO_LARGE, String.valueOf(cap));
        }
        return bytes;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException alreadyAborted) {
                // the exchange was aborted on purpose; nothing is left to release
            }
        }
    }

    /**
     * The addresses one hop may connect to: an IP literal is itself; a name is looked up once, and unless an
     * administrator allowed the host every address must be one the sync may reach.
     */
    private InetAddress[] addresses(URI uri, Set<String> allowed) throws Refused {
        String host = hostOf(uri);
        InetAddress[] addresses;
        try {
            addresses = InetAddressUtils.isIPv4(host) || InetAddressUtils.isIPv6(host)
                    ? new InetAddress[] {InetAddress.getByName(host)} : lookup.all(host);
        } catch (UnknownHostException e) {
            throw new Refused(UNKNOWN_HOST, host);
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused(UNKNOWN_HOST, host);
        }
        if (!allowed.contains(host)) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw new Refused(PRIVATE_ADDRESS, host);
                }
            }
        }
        return addresses;
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
