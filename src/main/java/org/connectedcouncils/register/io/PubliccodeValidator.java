package org.connectedcouncils.register.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.register.domain.PubliccodeVocabulary;
import org.connectedcouncils.register.domain.SoftwareType;

/**
 * Checks a publiccode.yml tree against the 0.7 rules: mandatory keys, types, enumerations, lengths, SPDX licence,
 * dates, URLs, language and country codes. Every error names the key path and its line.
 */
final class PubliccodeValidator {

    static final String P = "connected-councils.io.publiccode.";
    static final String REQUIRED = P + "required";
    static final String WRONG_TYPE = P + "wrongType";
    static final String NOT_ONE_OF = P + "notOneOf";
    static final String TOO_LONG = P + "tooLong";
    static final String TOO_SHORT = P + "tooShort";
    static final String NOT_URL = P + "notUrl";
    static final String NOT_DATE = P + "notDate";
    static final String NOT_LANGUAGE = P + "notLanguage";
    static final String NOT_COUNTRY = P + "notCountry";
    static final String BAD_LICENCE = P + "badLicence";
    static final String UNKNOWN_LICENCE = P + "unknownLicence";
    static final String UNSUPPORTED_VERSION = P + "unsupportedVersion";
    static final String EMPTY_LIST = P + "emptyList";
    static final String BAD_SUPPORT = P + "badSupport";

    static final int SHORT_DESCRIPTION_MAX = 150;
    static final int LONG_DESCRIPTION_MIN = 150;
    static final int LONG_DESCRIPTION_MAX = 10_000;

    private final YamlTree tree;
    private final List<ImportError> errors = new ArrayList<>();

    private PubliccodeValidator(YamlTree tree) {
        this.tree = tree;
    }

    /** Every broken rule of the (already migrated) tree; empty when it is a valid 0.7 file. */
    static List<ImportError> validate(YamlTree tree) {
        PubliccodeValidator v = new PubliccodeValidator(tree);
        v.run(tree.root());
        return v.errors;
    }

    private void run(Map<String, Object> root) {
        String version = string(root, "", "publiccodeYmlVersion", true);
        if (version != null && !PubliccodeSpec.ACCEPTED_VERSION.matcher(version).matches()) {
            error("publiccodeYmlVersion", UNSUPPORTED_VERSION, version);
        }
        string(root, "", "name", true);
        string(root, "", "applicationSuite", false);
        url(root, "", "url", true, false);
        url(root, "", "landingURL", false, true);
        url(root, "", "roadmap", false, true);
        Object basedOn = root.get("isBasedOn");
        if (basedOn != null && !(basedOn instanceof String)) {
            stringList(root, "", "isBasedOn", false, false);
        }
        string(root, "", "softwareVersion", false);
        date(root, "", "releaseDate", false);
        string(root, "", "logo", false);
        string(root, "", "monochromeLogo", false);
        stringList(root, "", "platforms", true, true);
        List<String> categories = stringList(root, "", "categories", false, true);
        for (int i = 0; i < categories.size(); i++) {
            oneOf("categories[" + i + "]", categories.get(i), PubliccodeVocabulary.CATEGORIES);
        }
        stringList(root, "", "usedBy", false, false);
        for (Map<String, Object> funder : mapList(root, "", "fundedBy", false)) {
            String path = pathOf(funder, "fundedBy");
            string(funder, path, "name", true);
            url(funder, path, "uri", false, false);
        }
        oneOf(root, "", "developmentStatus", PubliccodeSpec.DEVELOPMENT_STATUSES, true);
        String type = string(root, "", "softwareType", true);
        if (type != null && Coded.fromCode(SoftwareType.class, type).filter(t -> t.code().equals(type)).isEmpty()) {
            error("softwareType", NOT_ONE_OF, type, codes());
        }
        for (Map<String, Object> support : mapList(root, "", "supports", false)) {
            String path = pathOf(support, "supports");
            String id = string(support, path, "id", true);
            if (id != null && !validSupport(id)) {
                error(path + ".id", BAD_SUPPORT, id);
            }
        }
        Map<String, Object> organisation = map(root, "", "organisation", false);
        if (organisation != null) {
            url(organisation, "organisation", "uri", true, false);
            string(organisation, "organisation", "name", false);
        }
        audience(map(root, "", "intendedAudience", false));
        description(map(root, "", "description", true));
        Map<String, Object> legal = map(root, "", "legal", true);
        if (legal != null) {
            String licence = string(legal, "legal", "license", true);
            if (licence != null) {
                String problem = PubliccodeSpec.spdxProblem(licence);
                if (problem != null && problem.isEmpty()) {
                    error("legal.license", BAD_LICENCE, licence);
                } else if (problem != null) {
                    error("legal.license", UNKNOWN_LICENCE, problem);
                }
            }
            string(legal, "legal", "mainCopyrightOwner", false);
            string(legal, "legal", "repoOwner", false);
            string(legal, "legal", "authorsFile", false);
        }
        maintenance(map(root, "", "maintenance", true));
        Map<String, Object> localisation = map(root, "", "localisation", true);
        if (localisation != null) {
            bool(localisation, "localisation", "localisationReady", true);
            List<String> languages = stringList(localisation, "localisation", "availableLanguages", true, true);
            for (int i = 0; i < languages.size(); i++) {
                if (!PubliccodeSpec.isLanguage(languages.get(i))) {
                    error("localisation.availableLanguages[" + i + "]", NOT_LANGUAGE, languages.get(i));
                }
            }
        }
        Map<String, Object> dependsOn = map(root, "", "dependsOn", false);
        if (dependsOn != null) {
            for (String kind : List.of("open", "proprietary", "hardware")) {
                for (Map<String, Object> dependency : mapList(dependsOn, "dependsOn", kind, false)) {
                    String path = pathOf(dependency, "dependsOn." + kind);
                    string(dependency, path, "name", true);
                }
            }
        }
        stringList(root, "", "inputTypes", false, false);
        stringList(root, "", "outputTypes", false, false);
    }

    private void audience(Map<String, Object> audience) {
        if (audience == null) {
            return;
        }
        for (String key : List.of("countries", "unsupportedCountries")) {
            List<String> countries = stringList(audience, "intendedAudience", key, false, false);
            for (int i = 0; i < countries.size(); i++) {
                if (!PubliccodeSpec.isCountry(countries.get(i))) {
                    error("intendedAudience." + key + "[" + i + "]", NOT_COUNTRY, countries.get(i));
                }
            }
        }
        List<String> scopes = stringList(audience, "intendedAudience", "scope", false, false);
        for (int i = 0; i < scopes.size(); i++) {
            oneOf("intendedAudience.scope[" + i + "]", scopes.get(i), PubliccodeSpec.SCOPES);
        }
    }

    private void description(Map<String, Object> description) {
        if (description == null) {
            return;
        }
        if (description.isEmpty()) {
            error("description", REQUIRED);
            return;
        }
        boolean hasLong = false;
        boolean hasFeatures = false;
        for (Map.Entry<String, Object> entry : description.entrySet()) {
            String lang = entry.getKey();
            String path = "description." + lang;
            if (!PubliccodeSpec.isLanguage(lang)) {
                error(path, NOT_LANGUAGE, lang);
            }
            if (!(entry.getValue() instanceof Map<?, ?>)) {
                error(path, WRONG_TYPE, "map");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> text = (Map<String, Object>) entry.getValue();
            string(text, path, "localisedName", false);
            string(text, path, "genericName", false);
            String shortDescription = string(text, path, "shortDescription", true);
            if (shortDescription != null && shortDescription.length() > SHORT_DESCRIPTION_MAX) {
                error(path + ".shortDescription", TOO_LONG, SHORT_DESCRIPTION_MAX, shortDescription.length());
            }
            String longDescription = string(text, path, "longDescription", false);
            if (longDescription != null) {
                hasLong = true;
                if (longDescription.length() < LONG_DESCRIPTION_MIN) {
                    error(path + ".longDescription", TOO_SHORT, LONG_DESCRIPTION_MIN, longDescription.length());
                } else if (longDescription.length() > LONG_DESCRIPTION_MAX) {
                    error(path + ".longDescription", TOO_LONG, LONG_DESCRIPTION_MAX, longDescription.length());
                }
            }
            if (text.containsKey("features")) {
                hasFeatures |= !stringList(text, path, "features", false, true).isEmpty();
            }
            url(text, path, "documentation", false, true);
            url(text, path, "apiDocumentation", false, true);
            stringList(text, path, "screenshots", false, false);
            stringList(text, path, "videos", false, false);
            stringList(text, path, "awards", false, false);
        }
        String first = "description." + description.keySet().iterator().next();
        if (!hasLong) {
            error(first + ".longDescription", REQUIRED);
        }
        if (!hasFeatures) {
            error(first + ".features", REQUIRED);
        }
    }

    private void maintenance(Map<String, Object> maintenance) {
        if (maintenance == null) {
            return;
        }
        String type = oneOf(maintenance, "maintenance", "type", PubliccodeSpec.MAINTENANCE_TYPES, true);
        List<Map<String, Object>> contractors = mapList(maintenance, "maintenance", "contractors",
                "contract".equals(type));
        for (Map<String, Object> contractor : contractors) {
            String path = pathOf(contractor, "maintenance.contractors");
            string(contractor, path, "name", true);
            date(contractor, path, "until", true);
            string(contractor, path, "email", false);
            url(contractor, path, "website", false, true);
        }
        List<Map<String, Object>> contacts = mapList(maintenance, "maintenance", "contacts",
                "internal".equals(type) || "community".equals(type));
        for (Map<String, Object> contact : contacts) {
            String path = pathOf(contact, "maintenance.contacts");
            string(contact, path, "name", true);
            string(contact, path, "email", false);
            string(contact, path, "phone", false);
            string(contact, path, "affiliation", false);
        }
    }

    // ---- typed access, each reporting what it finds wrong -------------------------------------------------------

    private String string(Map<String, Object> map, String parent, String key, boolean required) {
        String path = join(parent, key);
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(path, REQUIRED);
            }
            return null;
        }
        if (!(value instanceof String s)) {
            error(path, WRONG_TYPE, "text");
            return null;
        }
        if (required && s.isBlank()) {
            error(path, REQUIRED);
            return null;
        }
        return s;
    }

    private void bool(Map<String, Object> map, String parent, String key, boolean required) {
        Object value = map.get(key);
        if (value == null && required) {
            error(join(parent, key), REQUIRED);
        } else if (value != null && !(value instanceof Boolean)) {
            error(join(parent, key), WRONG_TYPE, "true/false");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Map<String, Object> map, String parent, String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(join(parent, key), REQUIRED);
            }
            return null;
        }
        if (!(value instanceof Map<?, ?>)) {
            error(join(parent, key), WRONG_TYPE, "map");
            return null;
        }
        return (Map<String, Object>) value;
    }

    private List<String> stringList(Map<String, Object> map, String parent, String key, boolean required,
            boolean nonEmpty) {
        String path = join(parent, key);
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(path, REQUIRED);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(path, WRONG_TYPE, "list");
            return List.of();
        }
        if (nonEmpty && list.isEmpty()) {
            error(path, EMPTY_LIST);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String s) {
                out.add(s);
            } else {
                error(path + "[" + i + "]", WRONG_TYPE, "text");
            }
        }
        return out;
    }

    /** The maps of a list, each remembered with its path so callers can name their keys. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> mapList(Map<String, Object> map, String parent, String key, boolean required) {
        String path = join(parent, key);
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                error(path, REQUIRED);
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(path, WRONG_TYPE, "list");
            return List.of();
        }
        if (required && list.isEmpty()) {
            error(path, EMPTY_LIST);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> item) {
                indexes.put(item, i);
                out.add((Map<String, Object>) item);
            } else {
                error(path + "[" + i + "]", WRONG_TYPE, "map");
            }
        }
        return out;
    }

    private final Map<Object, Integer> indexes = new java.util.IdentityHashMap<>();

    private String pathOf(Map<String, Object> item, String listPath) {
        return listPath + "[" + indexes.get(item) + "]";
    }

    private String oneOf(Map<String, Object> map, String parent, String key, Collection<String> allowed,
            boolean required) {
        String value = string(map, parent, key, required);
        if (value != null && !allowed.contains(value)) {
            error(join(parent, key), NOT_ONE_OF, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    private void oneOf(String path, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            error(path, NOT_ONE_OF, value, allowed.size() > 30 ? "" : String.join(", ", allowed.stream().sorted()
                    .toList()));
        }
    }

    private void url(Map<String, Object> map, String parent, String key, boolean required, boolean webOnly) {
        String value = string(map, parent, key, required);
        if (value != null && !isUrl(value, webOnly)) {
            error(join(parent, key), NOT_URL, value);
        }
    }

    private void date(Map<String, Object> map, String parent, String key, boolean required) {
        String value = string(map, parent, key, required);
        if (value == null) {
            return;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException(value, value, 0);
            }
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(join(parent, key), NOT_DATE, value);
        }
    }

    /** An absolute URI with a scheme (and, for web addresses, http(s) and a host). */
    static boolean isUrl(String value, boolean webOnly) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (webOnly) {
                return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            }
            return !scheme.isEmpty() && (uri.isOpaque() || uri.getHost() != null);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean validSupport(String id) {
        if (id.startsWith("alias:")) {
            return PubliccodeSpec.SUPPORT_ALIASES.contains(id.substring("alias:".length()));
        }
        return isUrl(id, false);
    }

    private static String codes() {
        return String.join(", ", java.util.Arrays.stream(SoftwareType.values()).map(SoftwareType::code).toList());
    }

    private static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private void error(String path, String code, Object... arguments) {
        errors.add(ImportError.of(path, tree.lineOf(path), code, arguments));
    }
}
