package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys publiccode.yml (0.2–0.7, the Italian section included) defines, section by section: any other key is an
 * error, as the reference parser reads files strictly. Sections are named by shape: {@code fundedBy[]} for each item
 * of a list, {@code description.*} for each language; {@code it} is read as {@code IT}.
 */
final class PubliccodeKeys {

    static final String UNKNOWN_KEY = YamlChecks.P + "unknownKey";

    private static final Set<String> DEPENDENCY = Set.of("name", "versionMin", "versionMax", "optional", "version");
    private static final Set<String> ORGANISATION = Set.of("name", "uri");

    private static final Map<String, Set<String>> SECTIONS = Map.ofEntries(
            Map.entry("", Set.copyOf(PubliccodeSpec.TOP_LEVEL_ORDER)),
            Map.entry("organisation", ORGANISATION),
            Map.entry("fundedBy[]", ORGANISATION),
            Map.entry("supports[]", Set.of("id")),
            Map.entry("intendedAudience", Set.of("scope", "countries", "unsupportedCountries")),
            Map.entry("description.*", Set.of("localisedName", "genericName", "shortDescription", "longDescription",
                    "documentation", "apiDocumentation", "features", "screenshots", "videos", "awards")),
            Map.entry("legal", Set.of("license", "mainCopyrightOwner", "repoOwner", "authorsFile")),
            Map.entry("maintenance", Set.of("type", "contractors", "contacts")),
            Map.entry("maintenance.contractors[]", Set.of("name", "email", "website", "until")),
            Map.entry("maintenance.contacts[]", Set.of("name", "email", "affiliation", "phone")),
            Map.entry("localisation", Set.of("localisationReady", "availableLanguages")),
            Map.entry("dependsOn", Set.of("open", "proprietary", "hardware")),
            Map.entry("dependsOn.open[]", DEPENDENCY),
            Map.entry("dependsOn.proprietary[]", DEPENDENCY),
            Map.entry("dependsOn.hardware[]", DEPENDENCY),
            Map.entry("IT", Set.of("countryExtensionVersion", "conforme", "riuso", "piattaforme")),
            Map.entry("IT.conforme", Set.of("lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza",
                    "gdpr")),
            Map.entry("IT.riuso", Set.of("codiceIPA")),
            Map.entry("IT.piattaforme", Set.of("spid", "pagopa", "cie", "anpr", "io")));

    private PubliccodeKeys() {
    }

    /** Reports every key the standard does not define, with its path and line. */
    static void check(YamlChecks yaml, Map<String, Object> root) {
        walk(yaml, root, "", "");
    }

    private static void walk(YamlChecks yaml, Object node, String path, String shape) {
        if (node instanceof Map<?, ?> map) {
            boolean languages = shape.equals("description");
            Set<String> allowed = SECTIONS.get(shape);
            if (!languages && allowed == null) {
                return;
            }
            map.forEach((k, value) -> {
                String key = String.valueOf(k);
                String child = path.isEmpty() ? key : path + "." + key;
                if (languages) {
                    walk(yaml, value, child, "description.*");
                } else if (!allowed.contains(key)) {
                    yaml.error(child, UNKNOWN_KEY, child);
                } else {
                    walk(yaml, value, child, shape.isEmpty() && key.equals("it") ? "IT"
                            : shape.isEmpty() ? key : shape + "." + key);
                }
            });
        } else if (node instanceof List<?> list && SECTIONS.containsKey(shape + "[]")) {
            for (int i = 0; i < list.size(); i++) {
                walk(yaml, list.get(i), path + "[" + i + "]", shape + "[]");
            }
        }
    }
}
