package org.connectedcouncils.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves files below one folder (or classpath prefix) under a URL prefix, refusing anything that would leave it
 * and any file that is not a known web type (so templates and properties next to the preview's script stay private).
 * Used for AUI and jQuery from node_modules and for the plugin's own web resources and images.
 */
final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "png", "image/png",
            "gif", "image/gif",
            "svg", "image/svg+xml",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "ttf", "font/ttf",
            "html", "text/html; charset=utf-8",
            "map", "application/json");

    private final String urlPrefix;
    private final Path folder;
    private final String classpathPrefix;

    private StaticFiles(String urlPrefix, Path folder, String classpathPrefix) {
        this.urlPrefix = urlPrefix;
        this.folder = folder;
        this.classpathPrefix = classpathPrefix;
    }

    static StaticFiles fromFolder(String urlPrefix, Path folder) {
        return new StaticFiles(urlPrefix, folder.toAbsolutePath().normalize(), null);
    }

    static StaticFiles fromClasspath(String urlPrefix, String classpathPrefix) {
        return new StaticFiles(urlPrefix, null, classpathPrefix);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") || !path.startsWith(urlPrefix)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String relative = path.substring(urlPrefix.length());
            if (relative.contains("..") || relative.contains("\\") || relative.startsWith("/")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String type = TYPES.get(relative.substring(relative.lastIndexOf('.') + 1));
            byte[] body = type == null ? null : read(relative);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private byte[] read(String relative) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(relative).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(classpathPrefix + relative)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
