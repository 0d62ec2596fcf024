package org.connectedcouncils.register.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML document as plain values (ordered maps, lists, strings, booleans, null) with the line each key path
 * was on, e.g. {@code maintenance.contacts[0].name} → 42.
 */
final class YamlTree {

    private final Map<String, Object> root;
    private final Map<String, Integer> lines;

    YamlTree(Map<String, Object> root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    static YamlTree empty() {
        return new YamlTree(new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    Map<String, Object> root() {
        return root;
    }

    /** The line of the key path, or of its nearest parent that has one; 1 when none does. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }

    /** The value at a dotted path of map keys, or null. */
    Object get(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    /** Removes the value at a dotted path, then any map the removal left empty. */
    void remove(String path) {
        removeFrom(root, List.of(path.split("\\.")));
    }

    private static boolean removeFrom(Map<String, Object> map, List<String> parts) {
        String head = parts.get(0);
        if (parts.size() == 1) {
            map.remove(head);
        } else if (map.get(head) instanceof Map<?, ?> child) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) child;
            if (removeFrom(typed, parts.subList(1, parts.size()))) {
                map.remove(head);
            }
        }
        return map.isEmpty();
    }

    /** Sets the value at a dotted path, creating the maps on the way. */
    @SuppressWarnings("unchecked")
    void put(String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> map = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Object child = map.get(parts[i]);
            if (!(child instanceof Map<?, ?>)) {
                child = new LinkedHashMap<String, Object>();
                map.put(parts[i], child);
            }
            map = (Map<String, Object>) child;
        }
        map.put(parts[parts.length - 1], value);
    }

    /** A deep copy (maps and lists copied, scalars shared), without lines. */
    YamlTree copy() {
        @SuppressWarnings("unchecked")
        Map<String, Object> copied = (Map<String, Object>) deepCopy(root);
        return new YamlTree(copied, new LinkedHashMap<>(lines));
    }

    static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(deepCopy(v)));
            return out;
        }
        return node;
    }
}
