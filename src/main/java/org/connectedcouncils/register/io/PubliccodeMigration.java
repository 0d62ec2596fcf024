package org.connectedcouncils.register.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.io.ImportError;

/**
 * Brings a file of an older accepted version (0.2–0.6) to 0.7 before validation: deprecated keys that have a 0.7
 * replacement are moved to it; the others are kept as they are. Each finding is reported as a warning with its line.
 */
final class PubliccodeMigration {

    static final String MOVED = "connected-councils.io.publiccode.deprecatedMoved";
    static final String KEPT = "connected-councils.io.publiccode.deprecatedKept";
    static final String OLD_VERSION = "connected-councils.io.publiccode.oldVersion";
    static final String LOWER_CASE_COUNTRY = "connected-councils.io.publiccode.lowerCaseCountry";
    static final String ITALIAN_LOWER_CASE = "connected-councils.io.publiccode.italianLowerCase";
    static final String IPA_NOT_CHECKED = "connected-councils.io.publiccode.ipaNotChecked";
    static final String ITALIAN_PA_URN = "urn:x-italian-pa:";

    private static final List<String> PLATFORM_ALIASES = List.of("spid", "cie", "anpr", "pagopa", "io");

    private PubliccodeMigration() {
    }

    /** Rewrites the tree in place and answers the warnings. */
    static List<ImportError> migrate(YamlTree tree) {
        List<ImportError> warnings = new ArrayList<>();
        Map<String, Object> root = tree.root();
        if (root.get("publiccodeYmlVersion") instanceof String version && !version.equals(PubliccodeSpec.VERSION)
                && !version.startsWith(PubliccodeSpec.VERSION + ".") && !version.equals("0")) {
            warnings.add(ImportError.of("publiccodeYmlVersion", tree.lineOf("publiccodeYmlVersion"), OLD_VERSION,
                    version, PubliccodeSpec.VERSION));
        }
        countries(tree, warnings);
        ipaCodes(tree, warnings);
        String italian = root.containsKey("IT") ? "IT" : "it";
        if (root.containsKey("it") && !root.containsKey("IT")) {
            warnings.add(ImportError.of("it", tree.lineOf("it"), ITALIAN_LOWER_CASE));
        }
        if (!(root.containsKey("IT") && root.containsKey("it"))) {
            italianPlatforms(tree, italian, warnings);
            italianIpaCode(tree, italian, warnings);
        }
        repoOwner(tree, warnings);
        for (String key : PubliccodeSpec.DEPRECATED) {
            if (tree.get(key) != null) {
                warnings.add(ImportError.of(key, tree.lineOf(key), KEPT, key));
            }
        }
        for (Object key : descriptionGenericNames(root)) {
            String path = (String) key;
            warnings.add(ImportError.of(path, tree.lineOf(path), KEPT, path));
        }
        return warnings;
    }

    /** Lower-case country codes (deprecated) become upper case; mixed case is left for validation to refuse. */
    private static void countries(YamlTree tree, List<ImportError> warnings) {
        for (String key : List.of("intendedAudience.countries", "intendedAudience.unsupportedCountries")) {
            if (tree.get(key) instanceof List<?> list) {
                List<Object> fixed = new ArrayList<>();
                boolean changed = false;
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String s && !s.equals(s.toUpperCase(Locale.ROOT))
                            && s.equals(s.toLowerCase(Locale.ROOT))) {
                        fixed.add(s.toUpperCase(Locale.ROOT));
                        changed = true;
                        String path = key + "[" + i + "]";
                        warnings.add(ImportError.of(path, tree.lineOf(path), LOWER_CASE_COUNTRY, s,
                                s.toUpperCase(Locale.ROOT)));
                    } else {
                        fixed.add(item);
                    }
                }
                if (changed) {
                    tree.put(key, fixed);
                }
            }
        }
    }

    /**
     * Italian public administration URNs ({@code urn:x-italian-pa:<code>}) are read by their form only: the code is
     * not looked up in Italy's iPA register (the reference parser ships its 23,000 codes; the register does not).
     */
    private static void ipaCodes(YamlTree tree, List<ImportError> warnings) {
        List<String> paths = new ArrayList<>(List.of("organisation.uri"));
        for (String italian : List.of("IT", "it")) {
            if (tree.get(italian + ".riuso.codiceIPA") instanceof String code && !code.isBlank()) {
                String path = italian + ".riuso.codiceIPA";
                warnings.add(ImportError.of(path, tree.lineOf(path), IPA_NOT_CHECKED, ITALIAN_PA_URN + code.trim()));
            }
        }
        if (tree.root().get("fundedBy") instanceof List<?> funders) {
            for (int i = 0; i < funders.size(); i++) {
                if (funders.get(i) instanceof Map<?, ?> funder && funder.get("uri") instanceof String uri
                        && uri.regionMatches(true, 0, ITALIAN_PA_URN, 0, ITALIAN_PA_URN.length())) {
                    String path = "fundedBy[" + i + "].uri";
                    warnings.add(ImportError.of(path, tree.lineOf(path), IPA_NOT_CHECKED, uri));
                }
            }
        }
        for (String path : paths) {
            if (tree.get(path) instanceof String uri
                    && uri.regionMatches(true, 0, ITALIAN_PA_URN, 0, ITALIAN_PA_URN.length())) {
                warnings.add(ImportError.of(path, tree.lineOf(path), IPA_NOT_CHECKED, uri));
            }
        }
    }

    /** {@code it.piattaforme.<x>: true} and {@code it.conforme.gdpr: true} become {@code supports} aliases (0.7). */
    @SuppressWarnings("unchecked")
    private static void italianPlatforms(YamlTree tree, String italian, List<ImportError> warnings) {
        List<String> aliases = new ArrayList<>();
        for (String platform : PLATFORM_ALIASES) {
            String key = italian + ".piattaforme." + platform;
            if (Boolean.TRUE.equals(tree.get(key))) {
                aliases.add(platform);
                warnings.add(ImportError.of(key, tree.lineOf(key), MOVED, key, "supports"));
            }
            if (tree.get(key) instanceof Boolean) {
                tree.remove(key);
            }
        }
        String gdpr = italian + ".conforme.gdpr";
        if (Boolean.TRUE.equals(tree.get(gdpr))) {
            aliases.add("gdpr");
            warnings.add(ImportError.of(gdpr, tree.lineOf(gdpr), MOVED, gdpr, "supports"));
            tree.remove(gdpr);
        }
        if (aliases.isEmpty()) {
            return;
        }
        Object existing = tree.root().get("supports");
        List<Object> supports = existing instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>();
        for (String alias : aliases) {
            String id = "alias:" + alias;
            boolean present = supports.stream().anyMatch(s -> s instanceof Map<?, ?> m && id.equals(m.get("id")));
            if (!present) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", id);
                supports.add(item);
            }
        }
        if (existing == null || existing instanceof List<?>) {
            tree.root().put("supports", supports);
        }
        dropBareItalianSection(tree, italian);
    }

    /** {@code it.riuso.codiceIPA} becomes {@code organisation.uri} ({@code urn:x-italian-pa:<code>}). */
    private static void italianIpaCode(YamlTree tree, String italian, List<ImportError> warnings) {
        String key = italian + ".riuso.codiceIPA";
        if (!(tree.get(key) instanceof String code) || code.isBlank()) {
            return;
        }
        if (tree.get("organisation.uri") == null && !(tree.root().get("organisation") instanceof String)) {
            tree.put("organisation.uri", ITALIAN_PA_URN + code.trim());
        }
        warnings.add(ImportError.of(key, tree.lineOf(key), MOVED, key, "organisation.uri"));
        tree.remove(key);
        dropBareItalianSection(tree, italian);
    }

    /**
     * {@code legal.repoOwner} becomes {@code organisation.name} when the file names the organisation's uri (which
     * 0.7 requires of that section); otherwise it is kept.
     */
    private static void repoOwner(YamlTree tree, List<ImportError> warnings) {
        String key = "legal.repoOwner";
        if (tree.get(key) instanceof String owner && tree.get("organisation.uri") != null) {
            if (tree.get("organisation.name") == null) {
                tree.put("organisation.name", owner);
            }
            warnings.add(ImportError.of(key, tree.lineOf(key), MOVED, key, "organisation.name"));
            tree.remove(key);
        }
    }

    /** An {@code it} section left with only its extension version says nothing any more. */
    private static void dropBareItalianSection(YamlTree tree, String italian) {
        if (tree.root().get(italian) instanceof Map<?, ?> it && it.keySet().stream()
                .allMatch(k -> k.equals("countryExtensionVersion"))) {
            tree.root().remove(italian);
        }
    }

    private static List<Object> descriptionGenericNames(Map<String, Object> root) {
        List<Object> paths = new ArrayList<>();
        if (root.get("description") instanceof Map<?, ?> description) {
            description.forEach((lang, text) -> {
                if (text instanceof Map<?, ?> m && m.containsKey("genericName")) {
                    paths.add("description." + lang + ".genericName");
                }
            });
        }
        return paths;
    }
}
