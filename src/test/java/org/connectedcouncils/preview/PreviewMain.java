package org.connectedcouncils.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/preview}: starts the local preview and keeps it running until Ctrl-C. Options: {@code --port N}
 * (default 8090), {@code --empty} (no demo data), {@code --reset} (delete the preview database first).
 */
public final class PreviewMain {

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        // Without it the JDK HTTP server keeps Nagle's algorithm on and keep-alive answers wait ~40 ms (BENCHMARKS.md).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<String> options = List.of(args);
        int port = Integer.parseInt(value(options, "--port", System.getProperty("preview.port", "8090")));
        boolean empty = options.contains("--empty");
        Path dataDir = Path.of("target", "preview");
        if (options.contains("--reset")) {
            deleteDatabase(dataDir);
        }
        Files.createDirectories(dataDir);
        String jdbcUrl = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("register") + ";DB_CLOSE_ON_EXIT=FALSE";
        long started = System.nanoTime();
        System.out.println("Connected Councils preview: starting (database " + dataDir.resolve("register.mv.db")
                + ")...");
        PreviewServer server = PreviewServer.start(port, jdbcUrl, !empty, Path.of("node_modules"));
        if (server.loaded() > 0) {
            System.out.println("Loaded demo data: " + server.loaded() + " register entries (marked as demo data).");
        }
        System.out.printf("Ready in %.1f s at %s/register%n", (System.nanoTime() - started) / 1e9, server.origin());
        System.out.println("Listening on 127.0.0.1 only: demo users are picked by a cookie, so never expose it.");
        System.out.println("Stop with Ctrl-C.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Preview stopped.");
            stopped.countDown();
        }));
        stopped.await();
    }

    private static String value(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }

    private static void deleteDatabase(Path dataDir) throws Exception {
        for (String f : List.of("register.mv.db", "register.trace.db")) {
            Files.deleteIfExists(dataDir.resolve(f));
        }
    }
}
