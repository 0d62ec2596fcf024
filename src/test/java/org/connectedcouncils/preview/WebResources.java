package org.connectedcouncils.preview;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's {@code <web-resource>} modules read from atlassian-plugin.xml: for each module key, the URLs of its
 * downloadable files, as Confluence would serve them under /download/resources.
 */
final class WebResources {

    static final String PLUGIN_KEY = "org.connectedcouncils.connected-councils";
    static final String DOWNLOAD = "/download/resources/";

    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<String, String> locations = new LinkedHashMap<>();

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
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the web resources of atlassian-plugin.xml", e);
        }
    }

    /** The URLs of the given modules' files, in declaration order. */
    List<String> urls(List<String> moduleKeys) {
        List<String> out = new ArrayList<>();
        moduleKeys.forEach(k -> out.addAll(files.getOrDefault(k, List.of())));
        return out;
    }

    /** The classpath location behind a download URL, or null when it is not one of ours. */
    String location(String url) {
        return locations.get(url);
    }
}
