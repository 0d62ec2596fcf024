package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.connectedcouncils.register.domain.PubliccodeVocabulary;

/**
 * The nested sections of publiccode.yml other than {@code description}: organisation and funders, supports,
 * intended audience, maintenance, dependencies and the Italian country section (validated as the reference parser
 * does, except that iPA codes are not looked up in Italy's register: see {@link PubliccodeMigration}).
 */
final class PubliccodeSectionRules {

    static final String BAD_SUPPORT = YamlChecks.P + "badSupport";
    static final String ITALIAN_TWICE = YamlChecks.P + "italianTwice";
    static final List<String> COUNTRY_EXTENSION_VERSIONS = List.of("0.2", "1.0");

    /** RFC 2141 URN: {@code urn:<namespace>:<specific string>}. */
    private static final Pattern URN = Pattern.compile(
            "(?i)urn:[a-z0-9][a-z0-9-]{0,31}:[a-z0-9()+,\\-.:=@;$_!*'%/?#]+");

    private final YamlChecks yaml;

    PubliccodeSectionRules(YamlChecks yaml) {
        this.yaml = yaml;
    }

    /** {@code organisation} and each {@code fundedBy} item: a uri (URL or URN) is required, the name is not. */
    void organisations(Map<String, Object> root) {
        Map<String, Object> organisation = yaml.map(root, "", "organisation", false);
        if (organisation != null) {
            organisation(organisation, "organisation");
        }
        for (Map<String, Object> funder : yaml.mapList(root, "", "fundedBy", false)) {
            organisation(funder, yaml.pathOf(funder, "fundedBy"));
        }
    }

    private void organisation(Map<String, Object> organisation, String path) {
        yaml.string(organisation, path, "name", false);
        String uri = yaml.string(organisation, path, "uri", true);
        if (uri != null && !isOrganisationUri(uri)) {
            yaml.error(path + ".uri", YamlChecks.NOT_URL, uri);
        }
    }

    static boolean isOrganisationUri(String uri) {
        if (uri.regionMatches(true, 0, "urn:", 0, 4)) {
            return URN.matcher(uri).matches();
        }
        return YamlChecks.isUrl(uri, false) && !uri.contains(" ");
    }

    void supports(Map<String, Object> root) {
        for (Map<String, Object> support : yaml.mapList(root, "", "supports", false)) {
            String path = yaml.pathOf(support, "supports");
            String id = yaml.string(support, path, "id", true);
            if (id != null && !(id.startsWith("alias:")
                    ? PubliccodeVocabulary.SUPPORT_ALIASES.contains(id.substring("alias:".length()))
                    : YamlChecks.isUrl(id, false))) {
                yaml.error(path + ".id", BAD_SUPPORT, id);
            }
        }
    }

    void audience(Map<String, Object> audience) {
        if (audience == null) {
            return;
        }
        for (String key : List.of("countries", "unsupportedCountries")) {
            List<String> countries = yaml.stringList(audience, "intendedAudience", key, false, false);
            for (int i = 0; i < countries.size(); i++) {
                if (!PubliccodeSpec.isCountry(countries.get(i))) {
                    yaml.error("intendedAudience." + key + "[" + i + "]", PubliccodeValidator.NOT_COUNTRY,
                            countries.get(i));
                }
            }
        }
        List<String> scopes = yaml.stringList(audience, "intendedAudience", "scope", false, false);
        for (int i = 0; i < scopes.size(); i++) {
            yaml.inList("intendedAudience.scope[" + i + "]", scopes.get(i), "scope", PubliccodeVocabulary.SCOPES);
        }
    }

    void maintenance(Map<String, Object> maintenance) {
        if (maintenance == null) {
            return;
        }
        String type = yaml.oneOf(maintenance, "maintenance", "type", PubliccodeSpec.MAINTENANCE_TYPES, true);
        boolean contract = "contract".equals(type);
        if (!contract && type != null && maintenance.get("contractors") != null) {
            yaml.error("maintenance.contractors", PubliccodeValidator.ONLY_FOR_CONTRACT);
        }
        for (Map<String, Object> contractor : yaml.mapList(maintenance, "maintenance", "contractors", contract)) {
            String path = yaml.pathOf(contractor, "maintenance.contractors");
            yaml.string(contractor, path, "name", true);
            yaml.date(contractor, path, "until", true);
            yaml.email(contractor, path, "email");
            yaml.url(contractor, path, "website", false, true);
        }
        List<Map<String, Object>> contacts = yaml.mapList(maintenance, "maintenance", "contacts",
                "internal".equals(type) || "community".equals(type));
        for (Map<String, Object> contact : contacts) {
            String path = yaml.pathOf(contact, "maintenance.contacts");
            yaml.string(contact, path, "name", true);
            yaml.email(contact, path, "email");
            yaml.string(contact, path, "phone", false);
            yaml.string(contact, path, "affiliation", false);
        }
    }

    void dependsOn(Map<String, Object> dependsOn) {
        if (dependsOn == null) {
            return;
        }
        for (String kind : List.of("open", "proprietary", "hardware")) {
            for (Map<String, Object> dependency : yaml.mapList(dependsOn, "dependsOn", kind, false)) {
                String path = yaml.pathOf(dependency, "dependsOn." + kind);
                yaml.string(dependency, path, "name", true);
                yaml.string(dependency, path, "versionMin", false);
                yaml.string(dependency, path, "versionMax", false);
                yaml.string(dependency, path, "version", false);
                yaml.bool(dependency, path, "optional", false);
            }
        }
    }

    /** The Italian section, {@code IT} (or the deprecated {@code it}, never both). */
    void italy(Map<String, Object> root) {
        if (root.containsKey("IT") && root.containsKey("it")) {
            yaml.error("it", ITALIAN_TWICE);
        }
        for (String section : List.of("IT", "it")) {
            Map<String, Object> it = yaml.map(root, "", section, false);
            if (it == null) {
                continue;
            }
            String version = yaml.string(it, section, "countryExtensionVersion", false);
            if (version != null && !COUNTRY_EXTENSION_VERSIONS.contains(version)) {
                yaml.error(section + ".countryExtensionVersion", YamlChecks.NOT_ONE_OF, version,
                        String.join(", ", COUNTRY_EXTENSION_VERSIONS));
            }
            for (String group : List.of("conforme", "piattaforme")) {
                Map<String, Object> flags = yaml.map(it, section, group, false);
                if (flags != null) {
                    flags.keySet().forEach(flag -> yaml.bool(flags, section + "." + group, flag, false));
                }
            }
            Map<String, Object> riuso = yaml.map(it, section, "riuso", false);
            if (riuso != null) {
                yaml.string(riuso, section + ".riuso", "codiceIPA", false);
            }
        }
    }
}
