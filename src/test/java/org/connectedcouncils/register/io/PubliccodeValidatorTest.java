package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.io.PubliccodeFiles.FULL;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.VERSION_02;
import static org.connectedcouncils.register.io.PubliccodeFiles.with;

import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.register.domain.PubliccodeVocabulary;
import org.connectedcouncils.register.domain.SoftwareType;
import org.junit.Test;

public class PubliccodeValidatorTest {

    @Test
    public void validate_acceptsTheMinimalAndTheFullFile() {
        assertThat(errors(PubliccodeFiles.text(MINIMAL))).isEmpty();
        assertThat(errors(PubliccodeFiles.text(FULL))).isEmpty();
    }

    @Test
    public void validate_acceptsTheOldVersionOnceMigrated() {
        assertThat(errors(PubliccodeFiles.text(VERSION_02))).isEmpty();
    }

    @Test
    public void validate_acceptsEveryDevelopmentStatus() {
        for (String status : PubliccodeSpec.DEVELOPMENT_STATUSES) {
            String text = with(MINIMAL, "developmentStatus: stable", "developmentStatus: " + status);

            assertThat(errors(text)).as(status).isEmpty();
        }
    }

    @Test
    public void validate_acceptsEverySoftwareType() {
        for (SoftwareType type : SoftwareType.values()) {
            String text = with(MINIMAL, "softwareType: standalone/web", "softwareType: " + type.code());

            assertThat(errors(text)).as(type.code()).isEmpty();
        }
    }

    @Test
    public void validate_acceptsEveryMaintenanceTypeWithWhatItRequires() {
        assertThat(errors(with(MINIMAL, "type: internal", "type: community"))).isEmpty();
        assertThat(errors(with(MINIMAL, "type: internal", "type: none"))).isEmpty();
        assertThat(errors(with(MINIMAL, "type: internal\n  contacts:\n    - name: Jane Smith",
                "type: contract\n  contractors:\n    - name: Acme\n      until: \"2027-01-31\""))).isEmpty();
    }

    @Test
    public void validate_acceptsEveryCategoryAndScope() {
        for (String category : PubliccodeVocabulary.CATEGORIES) {
            String text = with(MINIMAL, "developmentStatus:", "categories:\n  - " + category + "\ndevelopmentStatus:");

            assertThat(errors(text)).as(category).isEmpty();
        }
        for (String scope : PubliccodeVocabulary.SCOPES) {
            String text = with(MINIMAL, "developmentStatus:",
                    "intendedAudience:\n  scope:\n    - " + scope + "\ndevelopmentStatus:");

            assertThat(errors(text)).as(scope).isEmpty();
        }
    }

    @Test
    public void validate_acceptsEveryVersionTheOfficialParserAccepts() {
        for (String version : List.of("0", "0.2", "0.2.1", "0.3", "0.4", "0.5", "0.6", "0.7", "0.7.0")) {
            String text = with(MINIMAL, "publiccodeYmlVersion: \"0.7\"", "publiccodeYmlVersion: \"" + version + "\"");

            assertThat(errors(text)).as(version).isEmpty();
        }
    }

    @Test
    public void validate_refusesAnUnsupportedVersion() {
        String text = with(MINIMAL, "publiccodeYmlVersion: \"0.7\"", "publiccodeYmlVersion: \"1.0\"");

        assertThat(errors(text)).containsExactly(
                ImportError.of("publiccodeYmlVersion", 2, PubliccodeValidator.UNSUPPORTED_VERSION, "1.0"));
    }

    @Test
    public void validate_namesEveryMissingMandatoryKey() {
        String text = "publiccodeYmlVersion: \"0.7\"\nname: Something\n";

        List<String> fields = errors(text).stream().map(ImportError::field).toList();

        assertThat(fields).containsExactlyInAnyOrder("url", "platforms", "developmentStatus", "softwareType",
                "description", "legal", "maintenance", "localisation");
    }

    @Test
    public void validate_namesMissingKeysInsideSectionsWithTheSectionLine() {
        String text = PubliccodeFiles.text(MINIMAL).replace("  contacts:\n    - name: Jane Smith\n", "")
                .replace("    features:\n      - Look up collection days by postcode\n", "");

        List<ImportError> errors = errors(text);

        assertThat(errors).containsExactlyInAnyOrder(
                ImportError.of("maintenance.contacts", PubliccodeFiles.lineOf(text, "maintenance:"),
                        YamlChecks.REQUIRED),
                ImportError.of("description.en.features", PubliccodeFiles.lineOf(text, "  en:"),
                        YamlChecks.REQUIRED));
    }

    @Test
    public void validate_refusesValuesOutsideEachEnumeration() {
        String text = with(MINIMAL, "developmentStatus: stable", "developmentStatus: finished")
                .replace("softwareType: standalone/web", "softwareType: standalone")
                .replace("type: internal", "type: outsourced")
                .replace("developmentStatus:", "categories:\n  - gardening\ndevelopmentStatus:");

        List<String> fields = errors(text).stream().map(ImportError::field).toList();

        assertThat(fields).containsExactlyInAnyOrder("developmentStatus", "softwareType", "maintenance.type",
                "categories[0]");
    }

    @Test
    public void validate_refusesAShortDescriptionOver150Characters() {
        String text = with(MINIMAL, "shortDescription: Residents look up their bin collection day by postcode.",
                "shortDescription: " + "x".repeat(151));

        assertThat(errors(text)).containsExactly(ImportError.of("description.en.shortDescription",
                PubliccodeFiles.lineOf(text, "shortDescription"), YamlChecks.TOO_LONG, 150, 151));
    }

    @Test
    public void validate_refusesALongDescriptionUnder150Characters() {
        String text = PubliccodeFiles.text(MINIMAL).replaceAll("(?s)longDescription: >.*?features:",
                "longDescription: Too short.\n    features:");

        assertThat(errors(text)).extracting(ImportError::code).containsExactly(YamlChecks.TOO_SHORT);
    }

    @Test
    public void validate_checksTheLicenceIsAnSpdxExpression() {
        assertThat(errors(with(MINIMAL, "license: MIT", "license: GPL-3.0-or-later OR MIT"))).isEmpty();
        assertThat(errors(with(MINIMAL, "license: MIT", "license: (Apache-2.0 AND MIT) WITH LLVM-exception")))
                .isEmpty();
        assertThat(errors(with(MINIMAL, "license: MIT", "license: LicenseRef-council-1"))).isEmpty();
        assertThat(errors(with(MINIMAL, "license: MIT", "license: Do what you like")))
                .extracting(ImportError::code).containsExactly(PubliccodeValidator.BAD_LICENCE);
        assertThat(errors(with(MINIMAL, "license: MIT", "license: MIT OR")))
                .extracting(ImportError::code).containsExactly(PubliccodeValidator.BAD_LICENCE);
        assertThat(errors(with(MINIMAL, "license: MIT", "license: Proprietary-9")))
                .containsExactly(ImportError.of("legal.license", PubliccodeFiles.lineOf(
                        with(MINIMAL, "license: MIT", "license: Proprietary-9"), "license:"),
                        PubliccodeValidator.UNKNOWN_LICENCE, "Proprietary-9"));
    }

    @Test
    public void validate_checksDates() {
        String text = with(FULL, "releaseDate: \"2026-03-14\"", "releaseDate: \"14/03/2026\"")
                .replace("until: \"2027-03-31\"", "until: \"2027-02-30\"");

        assertThat(errors(text)).extracting(ImportError::field)
                .containsExactlyInAnyOrder("releaseDate", "maintenance.contractors[0].until");
    }

    @Test
    public void validate_refusesWrongTypesNamingWhatWasExpected() {
        String text = with(MINIMAL, "platforms:\n  - web", "platforms: web")
                .replace("name: Bin collection day finder", "name:\n  - Bin\n  - finder")
                .replace("localisationReady: false", "localisationReady: \"maybe\"");

        List<ImportError> errors = errors(text);

        assertThat(errors).extracting(ImportError::field, e -> e.arguments().get(0)).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("platforms", "list"),
                org.assertj.core.groups.Tuple.tuple("name", "text"),
                org.assertj.core.groups.Tuple.tuple("localisation.localisationReady", "true/false"));
    }

    @Test
    public void validate_checksUrlsLanguagesCountriesAndSupports() {
        String text = with(FULL, "landingURL: https://planning-alerts.hackney.gov.uk", "landingURL: planning alerts")
                .replace("    - GB", "    - Great Britain")
                .replace("    - cy\n", "    - Welsh!\n")
                .replace("id: alias:gdpr", "id: alias:unknown");

        assertThat(errors(text)).extracting(ImportError::field).containsExactlyInAnyOrder("landingURL",
                "intendedAudience.countries[0]", "localisation.availableLanguages[1]", "supports[0].id");
    }

    private static List<ImportError> errors(String text) {
        YamlTree tree = PubliccodeYaml.parse(text);
        PubliccodeMigration.migrate(tree);
        return PubliccodeValidator.validate(tree);
    }
}
