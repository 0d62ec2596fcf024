package org.connectedcouncils.register.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.register.domain.PubliccodeVocabulary;
import org.connectedcouncils.register.domain.SoftwareType;

/**
 * Checks a publiccode.yml tree against the 0.7 rules: mandatory keys, types, enumerations, lengths, SPDX licence,
 * dates, URLs, language and country codes. Every error names the key path and its line; reading each key as its
 * type, and reporting where it is, is {@link YamlChecks}'s part.
 */
final class PubliccodeValidator {

    static final String P = YamlChecks.P;
    static final String NOT_LANGUAGE = P + "notLanguage";
    static final String NOT_COUNTRY = P + "notCountry";
    static final String BAD_LICENCE = P + "badLicence";
    static final String UNKNOWN_LICENCE = P + "unknownLicence";
    static final String UNSUPPORTED_VERSION = P + "unsupportedVersion";
    static final String BAD_SUPPORT = P + "badSupport";

    static final int SHORT_DESCRIPTION_MAX = 150;
    static final int LONG_DESCRIPTION_MIN = 150;
    static final int LONG_DESCRIPTION_MAX = 10_000;

    private final YamlChecks yaml;

    private PubliccodeValidator(YamlTree tree) {
        this.yaml = new YamlChecks(tree);
    }

    /** Every broken rule of the (already migrated) tree; empty when it is a valid 0.7 file. */
    static List<ImportError> validate(YamlTree tree) {
        PubliccodeValidator v = new PubliccodeValidator(tree);
        v.run(tree.root());
        return v.yaml.errors();
    }

    private void run(Map<String, Object> root) {
        String version = yaml.string(root, "", "publiccodeYmlVersion", true);
        if (version != null && !PubliccodeSpec.ACCEPTED_VERSION.matcher(version).matches()) {
            yaml.error("publiccodeYmlVersion", UNSUPPORTED_VERSION, version);
        }
        yaml.string(root, "", "name", true);
        yaml.string(root, "", "applicationSuite", false);
        yaml.url(root, "", "url", true, false);
        yaml.url(root, "", "landingURL", false, true);
        yaml.url(root, "", "roadmap", false, true);
        Object basedOn = root.get("isBasedOn");
        if (basedOn != null && !(basedOn instanceof String)) {
            yaml.stringList(root, "", "isBasedOn", false, false);
        }
        yaml.string(root, "", "softwareVersion", false);
        yaml.date(root, "", "releaseDate", false);
        yaml.string(root, "", "logo", false);
        yaml.string(root, "", "monochromeLogo", false);
        yaml.stringList(root, "", "platforms", true, true);
        List<String> categories = yaml.stringList(root, "", "categories", false, true);
        for (int i = 0; i < categories.size(); i++) {
            yaml.oneOf("categories[" + i + "]", categories.get(i), PubliccodeVocabulary.CATEGORIES);
        }
        yaml.stringList(root, "", "usedBy", false, false);
        for (Map<String, Object> funder : yaml.mapList(root, "", "fundedBy", false)) {
            String path = yaml.pathOf(funder, "fundedBy");
            yaml.string(funder, path, "name", true);
            yaml.url(funder, path, "uri", false, false);
        }
        yaml.oneOf(root, "", "developmentStatus", PubliccodeSpec.DEVELOPMENT_STATUSES, true);
        String type = yaml.string(root, "", "softwareType", true);
        if (type != null && Coded.fromCode(SoftwareType.class, type).filter(t -> t.code().equals(type)).isEmpty()) {
            yaml.error("softwareType", YamlChecks.NOT_ONE_OF, type, codes());
        }
        for (Map<String, Object> support : yaml.mapList(root, "", "supports", false)) {
            String path = yaml.pathOf(support, "supports");
            String id = yaml.string(support, path, "id", true);
            if (id != null && !validSupport(id)) {
                yaml.error(path + ".id", BAD_SUPPORT, id);
            }
        }
        Map<String, Object> organisation = yaml.map(root, "", "organisation", false);
        if (organisation != null) {
            yaml.url(organisation, "organisation", "uri", true, false);
            yaml.string(organisation, "organisation", "name", false);
        }
        audience(yaml.map(root, "", "intendedAudience", false));
        description(yaml.map(root, "", "description", true));
        Map<String, Object> legal = yaml.map(root, "", "legal", true);
        if (legal != null) {
            String licence = yaml.string(legal, "legal", "license", true);
            if (licence != null) {
                String problem = PubliccodeSpec.spdxProblem(licence);
                if (problem != null && problem.isEmpty()) {
                    yaml.error("legal.license", BAD_LICENCE, licence);
                } else if (problem != null) {
                    yaml.error("legal.license", UNKNOWN_LICENCE, problem);
                }
            }
            yaml.string(legal, "legal", "mainCopyrightOwner", false);
            yaml.string(legal, "legal", "repoOwner", false);
            yaml.string(legal, "legal", "authorsFile", false);
        }
        maintenance(yaml.map(root, "", "maintenance", true));
        Map<String, Object> localisation = yaml.map(root, "", "localisation", true);
        if (localisation != null) {
            yaml.bool(localisation, "localisation", "localisationReady", true);
            List<String> languages = yaml.stringList(localisation, "localisation", "availableLanguages", true, true);
            for (int i = 0; i < languages.size(); i++) {
                if (!PubliccodeSpec.isLanguage(languages.get(i))) {
                    yaml.error("localisation.availableLanguages[" + i + "]", NOT_LANGUAGE, languages.get(i));
                }
            }
        }
        Map<String, Object> dependsOn = yaml.map(root, "", "dependsOn", false);
        if (dependsOn != null) {
            for (String kind : List.of("open", "proprietary", "hardware")) {
                for (Map<String, Object> dependency : yaml.mapList(dependsOn, "dependsOn", kind, false)) {
                    String path = yaml.pathOf(dependency, "dependsOn." + kind);
                    yaml.string(dependency, path, "name", true);
                }
            }
        }
        yaml.stringList(root, "", "inputTypes", false, false);
        yaml.stringList(root, "", "outputTypes", false, false);
    }

    private void audience(Map<String, Object> audience) {
        if (audience == null) {
            return;
        }
        for (String key : List.of("countries", "unsupportedCountries")) {
            List<String> countries = yaml.stringList(audience, "intendedAudience", key, false, false);
            for (int i = 0; i < countries.size(); i++) {
                if (!PubliccodeSpec.isCountry(countries.get(i))) {
                    yaml.error("intendedAudience." + key + "[" + i + "]", NOT_COUNTRY, countries.get(i));
                }
            }
        }
        List<String> scopes = yaml.stringList(audience, "intendedAudience", "scope", false, false);
        for (int i = 0; i < scopes.size(); i++) {
            yaml.oneOf("intendedAudience.scope[" + i + "]", scopes.get(i), PubliccodeSpec.SCOPES);
        }
    }

    private void description(Map<String, Object> description) {
        if (description == null) {
            return;
        }
        if (description.isEmpty()) {
            yaml.error("description", YamlChecks.REQUIRED);
            return;
        }
        boolean hasLong = false;
        boolean hasFeatures = false;
        for (Map.Entry<String, Object> entry : description.entrySet()) {
            String lang = entry.getKey();
            String path = "description." + lang;
            if (!PubliccodeSpec.isLanguage(lang)) {
                yaml.error(path, NOT_LANGUAGE, lang);
            }
            if (!(entry.getValue() instanceof Map<?, ?>)) {
                yaml.error(path, YamlChecks.WRONG_TYPE, "map");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> text = (Map<String, Object>) entry.getValue();
            yaml.string(text, path, "localisedName", false);
            yaml.string(text, path, "genericName", false);
            String shortDescription = yaml.string(text, path, "shortDescription", true);
            yaml.length(path + ".shortDescription", shortDescription, 0, SHORT_DESCRIPTION_MAX);
            String longDescription = yaml.string(text, path, "longDescription", false);
            if (longDescription != null) {
                hasLong = true;
                yaml.length(path + ".longDescription", longDescription, LONG_DESCRIPTION_MIN, LONG_DESCRIPTION_MAX);
            }
            if (text.containsKey("features")) {
                hasFeatures |= !yaml.stringList(text, path, "features", false, true).isEmpty();
            }
            yaml.url(text, path, "documentation", false, true);
            yaml.url(text, path, "apiDocumentation", false, true);
            yaml.stringList(text, path, "screenshots", false, false);
            yaml.stringList(text, path, "videos", false, false);
            yaml.stringList(text, path, "awards", false, false);
        }
        String first = "description." + description.keySet().iterator().next();
        if (!hasLong) {
            yaml.error(first + ".longDescription", YamlChecks.REQUIRED);
        }
        if (!hasFeatures) {
            yaml.error(first + ".features", YamlChecks.REQUIRED);
        }
    }

    private void maintenance(Map<String, Object> maintenance) {
        if (maintenance == null) {
            return;
        }
        String type = yaml.oneOf(maintenance, "maintenance", "type", PubliccodeSpec.MAINTENANCE_TYPES, true);
        List<Map<String, Object>> contractors = yaml.mapList(maintenance, "maintenance", "contractors",
                "contract".equals(type));
        for (Map<String, Object> contractor : contractors) {
            String path = yaml.pathOf(contractor, "maintenance.contractors");
            yaml.string(contractor, path, "name", true);
            yaml.date(contractor, path, "until", true);
            yaml.string(contractor, path, "email", false);
            yaml.url(contractor, path, "website", false, true);
        }
        List<Map<String, Object>> contacts = yaml.mapList(maintenance, "maintenance", "contacts",
                "internal".equals(type) || "community".equals(type));
        for (Map<String, Object> contact : contacts) {
            String path = yaml.pathOf(contact, "maintenance.contacts");
            yaml.string(contact, path, "name", true);
            yaml.string(contact, path, "email", false);
            yaml.string(contact, path, "phone", false);
            yaml.string(contact, path, "affiliation", false);
        }
    }

    private static boolean validSupport(String id) {
        if (id.startsWith("alias:")) {
            return PubliccodeSpec.SUPPORT_ALIASES.contains(id.substring("alias:".length()));
        }
        return YamlChecks.isUrl(id, false);
    }

    private static String codes() {
        return String.join(", ", Arrays.stream(SoftwareType.values()).map(SoftwareType::code).toList());
    }
}
