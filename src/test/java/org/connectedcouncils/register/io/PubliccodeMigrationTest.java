package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.io.PubliccodeFiles.VERSION_02;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import org.connectedcouncils.common.io.ImportError;

public class PubliccodeMigrationTest {

    private final String text = PubliccodeFiles.text(VERSION_02);

    @Test
    public void migrate_upperCasesLowerCaseCountries() {
        YamlTree tree = PubliccodeYaml.parse(text);

        List<ImportError> warnings = PubliccodeMigration.migrate(tree);

        assertThat(tree.get("intendedAudience.countries")).isEqualTo(List.of("IT"));
        assertThat(tree.get("intendedAudience.unsupportedCountries")).isEqualTo(List.of("US"));
        assertThat(warnings).contains(ImportError.of("intendedAudience.countries[0]",
                PubliccodeFiles.lineOf(text, "  countries:") + 1, PubliccodeMigration.LOWER_CASE_COUNTRY, "it", "IT"));
    }

    @Test
    public void migrate_turnsItalianPlatformsAndGdprIntoSupportsAliases() {
        YamlTree tree = PubliccodeYaml.parse(text);

        List<ImportError> warnings = PubliccodeMigration.migrate(tree);

        assertThat(tree.get("supports")).isEqualTo(List.of(Map.of("id", "alias:spid"), Map.of("id", "alias:pagopa"),
                Map.of("id", "alias:gdpr")));
        assertThat(warnings).extracting(ImportError::field).contains("it.piattaforme.spid",
                "it.piattaforme.pagopa", "it.conforme.gdpr");
        assertThat(warnings.stream().filter(w -> w.field().equals("it.piattaforme.spid")).findFirst().orElseThrow()
                .line()).isEqualTo(PubliccodeFiles.lineOf(text, "spid: true"));
    }

    @Test
    public void migrate_turnsTheIpaCodeIntoTheOrganisationUriAndTheRepoOwnerIntoItsName() {
        YamlTree tree = PubliccodeYaml.parse(text);

        PubliccodeMigration.migrate(tree);

        assertThat(tree.get("organisation.uri")).isEqualTo("urn:x-italian-pa:c_x123");
        assertThat(tree.get("organisation.name")).isEqualTo("Comune di Esempio");
        assertThat(tree.get("legal.repoOwner")).isNull();
        assertThat(tree.get("it")).as("nothing left in the Italian section").isNull();
    }

    @Test
    public void migrate_keepsDeprecatedKeysWithoutA07ReplacementAndWarnsAboutEach() {
        YamlTree tree = PubliccodeYaml.parse(text);

        List<ImportError> warnings = PubliccodeMigration.migrate(tree);

        assertThat(tree.get("monochromeLogo")).isEqualTo("img/logo-mono.svg");
        assertThat(tree.get("legal.authorsFile")).isEqualTo("AUTHORS");
        assertThat(tree.get("description.it.genericName")).isEqualTo("Gestionale documentale");
        assertThat(warnings).filteredOn(w -> w.code().equals(PubliccodeMigration.KEPT))
                .extracting(ImportError::field).containsExactlyInAnyOrder("monochromeLogo", "inputTypes",
                        "outputTypes", "legal.authorsFile", "intendedAudience.unsupportedCountries",
                        "description.it.genericName");
    }

    @Test
    public void migrate_keepsTheRepoOwnerWhenTheFileNamesNoOrganisationUri() {
        YamlTree tree = PubliccodeYaml.parse(text.replace("  riuso:\n    codiceIPA: c_x123\n", ""));

        PubliccodeMigration.migrate(tree);

        assertThat(tree.get("legal.repoOwner")).isEqualTo("Comune di Esempio");
        assertThat(tree.get("organisation")).isNull();
    }

    @Test
    public void migrate_leavesUnknownTopLevelKeysToValidation() {
        String withUnknown = PubliccodeFiles.text(PubliccodeFiles.MINIMAL) + "x-council-note: kept\n";
        YamlTree tree = PubliccodeYaml.parse(withUnknown);

        List<ImportError> warnings = PubliccodeMigration.migrate(tree);
        List<ImportError> errors = PubliccodeValidator.validate(tree);

        assertThat(warnings).isEmpty();
        assertThat(errors).containsExactly(ImportError.of("x-council-note",
                PubliccodeFiles.lineOf(withUnknown, "x-council-note"), PubliccodeKeys.UNKNOWN_KEY,
                "x-council-note"));
    }
}
