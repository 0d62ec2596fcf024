package org.connectedcouncils.register.io;

import java.util.List;
import java.util.Map;

/**
 * The {@code description} section: one map per BCP 47 language, each with its short and long description and
 * features (required in every language), lengths counted in user-perceived characters, http(s) documentation and
 * video addresses, and screenshots as repository images.
 */
final class PubliccodeDescriptionRules {

    static final int GENERIC_NAME_MAX = 35;
    static final int SHORT_DESCRIPTION_MAX = 150;
    static final int LONG_DESCRIPTION_MIN = 150;
    static final int LONG_DESCRIPTION_MAX = 10_000;
    static final List<String> SCREENSHOT_EXTENSIONS = List.of(".jpg", ".png");

    private final YamlChecks yaml;

    PubliccodeDescriptionRules(YamlChecks yaml) {
        this.yaml = yaml;
    }

    void check(Map<String, Object> description) {
        if (description == null) {
            return;
        }
        if (description.isEmpty()) {
            yaml.error("description", YamlChecks.REQUIRED);
            return;
        }
        for (Map.Entry<String, Object> entry : description.entrySet()) {
            String lang = entry.getKey();
            String path = "description." + lang;
            if (!PubliccodeSpec.isLanguage(lang)) {
                yaml.error(path, PubliccodeValidator.NOT_LANGUAGE, lang);
            }
            if (!(entry.getValue() instanceof Map<?, ?>)) {
                yaml.error(path, YamlChecks.WRONG_TYPE, "map");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> text = (Map<String, Object>) entry.getValue();
            language(text, path);
        }
    }

    private void language(Map<String, Object> text, String path) {
        yaml.string(text, path, "localisedName", false);
        yaml.length(path + ".genericName", yaml.string(text, path, "genericName", false), 0, GENERIC_NAME_MAX);
        yaml.length(path + ".shortDescription", yaml.string(text, path, "shortDescription", true), 0,
                SHORT_DESCRIPTION_MAX);
        yaml.length(path + ".longDescription", yaml.string(text, path, "longDescription", true),
                LONG_DESCRIPTION_MIN, LONG_DESCRIPTION_MAX);
        yaml.stringList(text, path, "features", true, true);
        yaml.url(text, path, "documentation", false, true);
        yaml.url(text, path, "apiDocumentation", false, true);
        List<String> screenshots = yaml.stringList(text, path, "screenshots", false, false);
        for (int i = 0; i < screenshots.size(); i++) {
            yaml.file(path + ".screenshots[" + i + "]", screenshots.get(i), SCREENSHOT_EXTENSIONS);
        }
        List<String> videos = yaml.stringList(text, path, "videos", false, false);
        for (int i = 0; i < videos.size(); i++) {
            if (!YamlChecks.isUrl(videos.get(i), true)) {
                yaml.error(path + ".videos[" + i + "]", YamlChecks.NOT_URL, videos.get(i));
            }
        }
        yaml.stringList(text, path, "awards", false, false);
    }
}
