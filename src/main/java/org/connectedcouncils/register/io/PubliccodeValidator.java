package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.register.domain.PubliccodeVocabulary;

/**
 * Checks a publiccode.yml tree as the reference parser (italia/publiccode-parser-go, v0 files) does, without the
 * network or the repository's files: mandatory keys, types, controlled lists, lengths, SPDX licence, dates, URLs,
 * language and country codes, e-mail addresses, MIME types, unknown keys. Every error names the key path and its
 * line. The nested sections are {@link PubliccodeDescriptionRules} and {@link PubliccodeSectionRules}; unknown keys
 * {@link PubliccodeKeys}; reading each key as its type, and where it is, {@link YamlChecks}.
 */
final class PubliccodeValidator {

    static final String P = YamlChecks.P;
    static final String NOT_LANGUAGE = P + "notLanguage";
    static final String NOT_COUNTRY = P + "notCountry";
    static final String BAD_LICENCE = P + "badLicence";
    static final String UNKNOWN_LICENCE = P + "unknownLicence";
    static final String UNSUPPORTED_VERSION = P + "unsupportedVersion";
    static final String BAD_SUPPORT = PubliccodeSectionRules.BAD_SUPPORT;
    static final String ONLY_FOR_CONTRACT = P + "contractorsOnlyForContract";

    static final int SHORT_DESCRIPTION_MAX = PubliccodeDescriptionRules.SHORT_DESCRIPTION_MAX;
    static final int LONG_DESCRIPTION_MIN = PubliccodeDescriptionRules.LONG_DESCRIPTION_MIN;
    static final int LONG_DESCRIPTION_MAX = PubliccodeDescriptionRules.LONG_DESCRIPTION_MAX;
    static final List<String> LOGO_EXTENSIONS = List.of(".svg", ".svgz", ".png");

    private final YamlChecks yaml;

    private PubliccodeValidator(YamlTree tree) {
        this.yaml = new YamlChecks(tree);
    }

    /** Every broken rule of the (already migrated) tree; empty when it is a valid file. */
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
        isBasedOn(root);
        yaml.string(root, "", "softwareVersion", false);
        yaml.date(root, "", "releaseDate", false);
        yaml.file("logo", yaml.string(root, "", "logo", false), LOGO_EXTENSIONS);
        yaml.file("monochromeLogo", yaml.string(root, "", "monochromeLogo", false), LOGO_EXTENSIONS);
        yaml.stringList(root, "", "platforms", true, true);
        List<String> categories = yaml.stringList(root, "", "categories", false, false);
        for (int i = 0; i < categories.size(); i++) {
            yaml.inList("categories[" + i + "]", categories.get(i), "categories", PubliccodeVocabulary.CATEGORIES);
        }
        yaml.stringList(root, "", "usedBy", false, false);
        yaml.oneOf(root, "", "developmentStatus", PubliccodeSpec.DEVELOPMENT_STATUSES, true);
        yaml.oneOf(root, "", "softwareType", PubliccodeVocabulary.SOFTWARE_TYPES.stream().sorted().toList(), true);
        PubliccodeSectionRules sections = new PubliccodeSectionRules(yaml);
        sections.organisations(root);
        sections.supports(root);
        sections.audience(yaml.map(root, "", "intendedAudience", false));
        new PubliccodeDescriptionRules(yaml).check(yaml.map(root, "", "description", true));
        legal(yaml.map(root, "", "legal", true));
        sections.maintenance(yaml.map(root, "", "maintenance", true));
        localisation(yaml.map(root, "", "localisation", true));
        sections.dependsOn(yaml.map(root, "", "dependsOn", false));
        for (String key : List.of("inputTypes", "outputTypes")) {
            List<String> types = yaml.stringList(root, "", key, false, false);
            for (int i = 0; i < types.size(); i++) {
                yaml.mimeType(key + "[" + i + "]", types.get(i));
            }
        }
        sections.italy(root);
        PubliccodeKeys.check(yaml, root);
    }

    /** One address or a list of them, each absolute. */
    private void isBasedOn(Map<String, Object> root) {
        Object basedOn = root.get("isBasedOn");
        if (basedOn instanceof String single) {
            if (!YamlChecks.isUrl(single, false)) {
                yaml.error("isBasedOn", YamlChecks.NOT_URL, single);
            }
            return;
        }
        List<String> urls = yaml.stringList(root, "", "isBasedOn", false, false);
        for (int i = 0; i < urls.size(); i++) {
            if (!YamlChecks.isUrl(urls.get(i), false)) {
                yaml.error("isBasedOn[" + i + "]", YamlChecks.NOT_URL, urls.get(i));
            }
        }
    }

    private void legal(Map<String, Object> legal) {
        if (legal == null) {
            return;
        }
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

    private void localisation(Map<String, Object> localisation) {
        if (localisation == null) {
            return;
        }
        yaml.bool(localisation, "localisation", "localisationReady", true);
        List<String> languages = yaml.stringList(localisation, "localisation", "availableLanguages", true, true);
        for (int i = 0; i < languages.size(); i++) {
            if (!PubliccodeSpec.isLanguage(languages.get(i))) {
                yaml.error("localisation.availableLanguages[" + i + "]", NOT_LANGUAGE, languages.get(i));
            }
        }
    }
}
