package org.connectedcouncils.register.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.Licences;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;

/**
 * The publiccode.yml ↔ register mapping (docs/publiccode-mapping.md). Import takes the mapped keys into the entry's
 * fields and keeps everything else, as YAML, for export; export writes the entry's fields over what was kept.
 */
final class PubliccodeMapping {

    private PubliccodeMapping() {
    }

    /** What a valid file maps to: register content, the extras to keep, and whether it declares itself obsolete. */
    record Mapped(SolutionContent content, String language, List<String> usedBy, YamlTree unmapped,
            String sourceVersion, boolean obsolete) {
    }

    /**
     * Maps a validated, migrated tree onto {@code base} (the stored content, or a new entry's council-only fields):
     * mapped keys replace the corresponding fields, council-only fields stay.
     */
    static Mapped toContent(YamlTree tree, String preferredLanguage, SolutionContent base) {
        YamlTree unmapped = tree.copy();
        String language = language(tree, preferredLanguage);
        String prefix = "description." + language + ".";
        String status = (String) tree.get("developmentStatus");
        boolean obsolete = "obsolete".equals(status);
        Phase phase = phase(status, base.phase());
        String licenceExpression = (String) tree.get("legal.license");
        Optional<String> licence = Licences.canonical(licenceExpression);
        SolutionContent content = new SolutionContent(
                (String) tree.get("name"),
                (String) tree.get(prefix + "shortDescription"),
                (String) tree.get(prefix + "longDescription"),
                base.kind() == null ? SolutionKind.SOFTWARE : base.kind(),
                phase,
                base.ownerCouncil(),
                base.keyContact(),
                base.serviceAreas(),
                base.offers(),
                (String) tree.get("landingURL"),
                (String) tree.get("url"),
                licence.orElse(null),
                Coded.fromCode(SoftwareType.class, (String) tree.get("softwareType")).orElse(null),
                Coded.fromCode(MaintenanceType.class, (String) tree.get("maintenance.type")).orElse(null),
                strings(tree.get("platforms")),
                strings(tree.get("categories")),
                base.budgetBand(),
                base.oneOffCost(),
                base.annualRunningCost(),
                base.annualSaving(),
                base.citizenOutcomes(),
                base.reuse());
        for (String key : List.of("publiccodeYmlVersion", "name", "url", "landingURL", "platforms", "categories",
                "usedBy", "developmentStatus", "softwareType", "maintenance.type", prefix + "shortDescription",
                prefix + "longDescription")) {
            unmapped.remove(key);
        }
        if (licence.isPresent()) {
            unmapped.remove("legal.license");
        }
        return new Mapped(content, language, strings(tree.get("usedBy")), unmapped,
                (String) tree.get("publiccodeYmlVersion"), obsolete);
    }

    /** The register phase for a status; a phase the status already covers (discovery for concept) is kept. */
    private static Phase phase(String status, Phase current) {
        if (current != null && PhaseMapping.statusOf(current).equals(status)) {
            return current;
        }
        if ("obsolete".equals(status)) {
            // Retiring is an action of its own; the import runs it after writing the content.
            return current == null || current == Phase.RETIRED ? Phase.LIVE : current;
        }
        return PhaseMapping.phaseOf(status);
    }

    /** The preferred description language when the file has it, else the file's first one. */
    static String language(YamlTree tree, String preferred) {
        if (tree.get("description") instanceof Map<?, ?> description && !description.isEmpty()) {
            return description.containsKey(preferred) ? preferred : String.valueOf(description.keySet().iterator()
                    .next());
        }
        return preferred;
    }

    /** The register path of a publiccode.yml key that an entry field came from. */
    static String pathOf(String field, String language) {
        return switch (field) {
            case "name" -> "name";
            case "summary" -> "description." + language + ".shortDescription";
            case "description" -> "description." + language + ".longDescription";
            case "landingUrl" -> "landingURL";
            case "repositoryUrl" -> "url";
            case "licence" -> "legal.license";
            case "platforms" -> "platforms";
            case "categories" -> "categories";
            case "softwareType" -> "softwareType";
            case "maintenance" -> "maintenance.type";
            case "phase" -> "developmentStatus";
            default -> field;
        };
    }

    /** The publiccode.yml tree of an entry: what its import kept, overwritten by the entry's own fields. */
    static YamlTree toTree(Solution solution, PubliccodeExtra extra, String defaultLanguage) {
        YamlTree tree = extra == null || extra.unmappedYaml().isBlank() ? YamlTree.empty()
                : PubliccodeYaml.parse(extra.unmappedYaml());
        String language = extra == null || extra.language() == null ? defaultLanguage : extra.language();
        SolutionContent c = solution.content();
        tree.put("publiccodeYmlVersion", PubliccodeSpec.VERSION);
        tree.put("name", c.name());
        putIfPresent(tree, "url", c.repositoryUrl());
        putIfPresent(tree, "landingURL", c.landingUrl());
        if (!c.platforms().isEmpty()) {
            tree.put("platforms", new ArrayList<>(c.platforms()));
        }
        if (!c.categories().isEmpty()) {
            tree.put("categories", new ArrayList<>(c.categories()));
        }
        if (extra != null && !extra.usedBy().isEmpty()) {
            tree.put("usedBy", new ArrayList<>(extra.usedBy()));
        }
        tree.put("developmentStatus", PhaseMapping.statusOf(c.phase()));
        if (c.softwareType() != null) {
            tree.put("softwareType", c.softwareType().code());
        }
        String prefix = "description." + language + ".";
        tree.put(prefix + "shortDescription", c.summary());
        putIfPresent(tree, prefix + "longDescription", c.description());
        putIfPresent(tree, "legal.license", c.licence());
        if (c.maintenance() != null) {
            tree.put("maintenance.type", c.maintenance().code());
        }
        if (tree.get("localisation") == null) {
            // True of every entry: its description is written in this language, and nothing says it is localised.
            tree.put("localisation.localisationReady", false);
            tree.put("localisation.availableLanguages", new ArrayList<>(List.of(language)));
        }
        return new YamlTree(ordered(tree.root()), Map.of());
    }

    private static void putIfPresent(YamlTree tree, String path, String value) {
        if (value != null && !value.isBlank()) {
            tree.put(path, value);
        }
    }

    /** The standard's key order at the top level, then any other keys as they came; nested maps keep their order. */
    private static Map<String, Object> ordered(Map<String, Object> root) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : PubliccodeSpec.TOP_LEVEL_ORDER) {
            if (root.containsKey(key)) {
                out.put(key, root.get(key));
            }
        }
        root.forEach(out::putIfAbsent);
        if (out.get("maintenance") instanceof Map<?, ?> maintenance) {
            out.put("maintenance", ordered(maintenance, List.of("type", "contractors", "contacts")));
        }
        if (out.get("description") instanceof Map<?, ?> description) {
            Map<String, Object> languages = new LinkedHashMap<>();
            description.forEach((lang, text) -> languages.put(String.valueOf(lang),
                    text instanceof Map<?, ?> m ? ordered(m, DESCRIPTION_ORDER) : text));
            out.put("description", languages);
        }
        return out;
    }

    private static final List<String> DESCRIPTION_ORDER = List.of("localisedName", "genericName",
            "shortDescription", "longDescription", "documentation", "apiDocumentation", "features", "screenshots",
            "videos", "awards");

    private static Map<String, Object> ordered(Map<?, ?> map, List<String> order) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : order) {
            if (map.containsKey(key)) {
                out.put(key, map.get(key));
            }
        }
        map.forEach((k, v) -> out.putIfAbsent(String.valueOf(k), v));
        return out;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
