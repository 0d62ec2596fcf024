package org.connectedcouncils.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.Test;

/**
 * The controlled lists are data files with a version header; {@code publiccode-lists/versions.tsv} (test resources)
 * records each list's version and a digest of its values, so a list changed without a new version fails here. To
 * refresh a list: replace its values, name the new version and source in its header, then update the fixture.
 */
public class PubliccodeVocabularyTest {

    @Test
    public void everyList_matchesTheVersionAndContentTheFixtureRecords() throws IOException {
        Map<String, String[]> recorded = fixture();

        assertThat(recorded.keySet()).containsExactlyInAnyOrderElementsOf(PubliccodeVocabulary.LISTS);
        for (String list : PubliccodeVocabulary.LISTS) {
            String version = PubliccodeVocabulary.version(list);
            String digest = digest(list);
            String[] fixture = recorded.get(list);
            if (version.equals(fixture[2])) {
                assertThat(digest).as("%s changed but its header still says version '%s': name the new version and"
                        + " source in its first line, then record both in versions.tsv", list, version)
                        .isEqualTo(fixture[1]);
            } else {
                assertThat(version + "\t" + digest).as("%s has a new version: record it in versions.tsv", list)
                        .isEqualTo(fixture[2] + "\t" + fixture[1]);
            }
        }
    }

    @Test
    public void lists_holdWhatTheStandardsSay() {
        assertThat(PubliccodeVocabulary.CATEGORIES).hasSize(106).contains("fundraising", "gamification", "other");
        assertThat(PubliccodeVocabulary.COUNTRIES).hasSize(249).contains("GB", "IE", "IT").doesNotContain("UK", "EU");
        assertThat(PubliccodeVocabulary.LANGUAGES).contains("en", "cy", "gd", "ga", "eng", "cym");
        assertThat(PubliccodeVocabulary.SPDX_LICENCES).contains("EUPL-1.2", "OGL-UK-3.0", "GPL-3.0", "MIT");
        assertThat(PubliccodeVocabulary.SPDX_EXCEPTIONS).contains("Classpath-exception-2.0", "LLVM-exception");
        assertThat(PubliccodeVocabulary.SUPPORT_ALIASES).contains("gdpr", "eidas");
    }

    @Test
    public void softwareAndMaintenanceTypes_areTheRegistersOwnCodes() {
        assertThat(Arrays.stream(SoftwareType.values()).map(SoftwareType::code))
                .containsExactlyInAnyOrderElementsOf(PubliccodeVocabulary.SOFTWARE_TYPES);
        assertThat(Arrays.stream(MaintenanceType.values()).map(MaintenanceType::code))
                .containsExactlyInAnyOrderElementsOf(PubliccodeVocabulary.MAINTENANCE_TYPES);
    }

    @Test
    public void openApiCategories_allowEveryCategoryOnce() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/openapi/connected-councils.yaml")) {
            JsonNode description = new YAMLMapper().readTree(in);
            JsonNode categories = description.path("components").path("schemas").path("SolutionInput")
                    .path("properties").path("categories");

            assertThat(categories.path("maxItems").asInt()).isEqualTo(SolutionValidator.CATEGORIES_MAX)
                    .isEqualTo(PubliccodeVocabulary.CATEGORIES.size());
        }
    }

    private static String digest(String list) {
        List<String> values = PubliccodeVocabulary.values(list).stream().sorted().toList();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", values).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String[]> fixture() throws IOException {
        try (InputStream in = PubliccodeVocabularyTest.class.getResourceAsStream("/publiccode-lists/versions.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toMap(row -> row[0], row -> row, (a, b) -> a, LinkedHashMap::new));
        }
    }
}
