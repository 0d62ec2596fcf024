package org.connectedcouncils.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTPS server on 127.0.0.1 for the publiccode.yml sync tests, with a self-signed certificate made by the
 * JDK's keytool when the test starts (for 127.0.0.1, localhost and {@value #NAME}); {@link #tls()} trusts that
 * certificate and nothing else, so only the test's client reaches it. Paths answer what {@link #answer} set; the
 * server counts the requests per path and keeps the host names clients asked for in TLS (SNI).
 */
public final class LocalHttpsServer implements AutoCloseable {

    /** A name the certificate is also valid for; tests map it to 127.0.0.1 with a DNS of their own. */
    public static final String NAME = "sync.test";

    /** What one path answers: status, headers, body, after a pause of {@code delayMillis}. */
    public record Answer(int status, Map<String, String> headers, byte[] body, boolean chunked, long delayMillis) {

        public Answer(int status, Map<String, String> headers, byte[] body, boolean chunked) {
            this(status, headers, body, chunked, 0);
        }

        public static Answer yaml(String text) {
            return new Answer(200, Map.of("Content-Type", "application/yaml"),
                    text.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Answer redirect(String location) {
            return new Answer(302, Map.of("Location", location), new byte[0], false);
        }
    }

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;
    private final ExecutorService threads;
    private final SSLContext trusting;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();

    private LocalHttpsServer(HttpsServer server, ExecutorService threads, SSLContext trusting) {
        this.server = server;
        this.threads = threads;
        this.trusting = trusting;
    }

    /** Starts a server on a free port of 127.0.0.1 with a fresh certificate. */
    public static LocalHttpsServer start() throws Exception {
        KeyStore keys = selfSigned();
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);

        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        LocalHttpsServer local = new LocalHttpsServer(server, threads, clientContext);
        server.createContext("/", local::handle);
        server.start();
        return local;
    }

    public void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** The https URL of a path on this server, by IP address. */
    public String url(String path) {
        return "https://127.0.0.1:" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** TLS that trusts this server's certificate only. */
    public SSLContext tls() {
        return trusting;
    }

    /** How many requests reached a path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** The host names clients sent as SNI, one per request that sent one, oldest first. */
    public List<String> serverNames() {
        return List.copyOf(serverNames);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            SSLSession session = ((HttpsExchange) exchange).getSSLSession();
            if (session instanceof ExtendedSSLSession extended) {
                for (SNIServerName name : extended.getRequestedServerNames()) {
                    if (name instanceof SNIHostName host) {
                        serverNames.add(host.getAsciiName());
                    }
                }
            }
            Answer a = answers.get(path);
            if (a == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (a.delayMillis() > 0) {
                try {
                    Thread.sleep(a.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (a.body().length == 0) {
                exchange.sendResponseHeaders(a.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(a.status(), a.chunked() ? 0 : a.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(a.body());
            } catch (IOException clientWentAway) {
                // the client cancels an oversized body: expected
            }
        }
    }

    private static KeyStore selfSigned() throws Exception {
        Path dir = Files.createTempDirectory("cc-tls");
        Path store = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost,dns:" + NAME,
                "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        Files.delete(store);
        Files.delete(dir);
        return keys;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
