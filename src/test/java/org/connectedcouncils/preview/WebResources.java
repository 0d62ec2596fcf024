package org.connectedcouncils.preview;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's {@code <web-resource>} modules read from atlassian-plugin.xml: for each module key, the URLs of its
 * downloadable files, as Confluence would serve them under /download/resources, after those of the plugin's own
 * modules it depends on (the shared web/common helpers load before the feature scripts, once per page).
 */
final class WebResources {

    static final String PLUGIN_KEY = "org.connectedcouncils.connected-councils";
    static final String DOWNLOAD = "/download/resources/";
    /** How the descriptor names a module of this plugin in a {@code <dependency>} (filled in by the release build). */
    private static final String OWN_MODULE = "${atlassian.plugin.key}:";

    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<String, String> locations = new LinkedHashMap<>();
    private final Map<String, List<String>> dependencies = new LinkedHashMap<>();

    WebResources() {
        try (InputStream in = WebResources.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList modules = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                String key = PLUGIN_KEY + ":" + module.getAttribute("key");
                List<String> urls = new ArrayList<>();
                NodeList resources = module.getElementsByTagName("resource");
                for (int j = 0; j < resources.getLength(); j++) {
                    Element r = (Element) resources.item(j);
                    if ("download".equals(r.getAttribute("type"))) {
                        String url = DOWNLOAD + key + "/" + r.getAttribute("name");
                        urls.add(url);
                        locations.put(url, "/" + r.getAttribute("location"));
                    }
                }
                files.put(key, urls);
                dependencies.put(key, ownDependencies(module));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the web resources of atlassian-plugin.xml", e);
        }
    }

    /** The URLs of the given modules' files, each module after its own dependencies, every module once. */
    List<String> urls(List<String> moduleKeys) {
        Set<String> ordered = new LinkedHashSet<>();
        moduleKeys.forEach(k -> addWithDependencies(k, ordered));
        List<String> out = new ArrayList<>();
        ordered.forEach(k -> out.addAll(files.getOrDefault(k, List.of())));
        return out;
    }

    private void addWithDependencies(String key, Set<String> ordered) {
        if (ordered.contains(key)) {
            return;
        }
        dependencies.getOrDefault(key, List.of()).forEach(d -> addWithDependencies(d, ordered));
        ordered.add(key);
    }

    /** The {@code <dependency>} keys of a module that name this plugin's own modules (AUI comes from the page). */
    private static List<String> ownDependencies(Element module) {
        List<String> out = new ArrayList<>();
        NodeList nodes = module.getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            String dependency = nodes.item(i).getTextContent().trim();
            if (dependency.startsWith(OWN_MODULE)) {
                out.add(PLUGIN_KEY + ":" + dependency.substring(OWN_MODULE.length()));
            } else if (dependency.startsWith(PLUGIN_KEY + ":")) {
                out.add(dependency);
            }
        }
        return out;
    }

    /** The classpath location behind a download URL, or null when it is not one of ours. */
    String location(String url) {
        return locations.get(url);
    }
}
