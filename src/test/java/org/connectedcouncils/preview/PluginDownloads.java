package org.connectedcouncils.preview;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the plugin's downloadable resources at Confluence's URLs: web-resource files
 * ({@code /download/resources/<plugin>:<module>/<name>}) and plugin images ({@code /download/resources/<plugin>/images/…}).
 */
final class PluginDownloads implements HttpHandler {

    private final WebResources webResources;
    private final StaticFiles images = StaticFiles.fromClasspath(
            WebResources.DOWNLOAD + WebResources.PLUGIN_KEY + "/images/", "/images/");

    PluginDownloads(WebResources webResources) {
        this.webResources = webResources;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String location = webResources.location(path);
        if (location != null) {
            int slash = location.lastIndexOf('/');
            StaticFiles.fromClasspath(path.substring(0, path.lastIndexOf('/') + 1), location.substring(0, slash + 1))
                    .handle(exchange);
        } else {
            images.handle(exchange);
        }
    }
}
