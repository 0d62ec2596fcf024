package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.lineOf;
import static org.connectedcouncils.register.io.PubliccodeFiles.with;

import java.util.List;

import org.connectedcouncils.common.io.ImportError;
import org.junit.Test;

/**
 * The rules the reference parser (italia/publiccode-parser-go) applies that the register's first import lacked, one
 * test each, on variants of our own minimal file: each refusal names the key path, its line and the reason.
 */
public class PubliccodeParserRulesTest {

    @Test
    public void categories_mayBeMissingEmptyOrNullAndIncludeTheCurrentListsValues() {
        assertThat(check(with(MINIMAL, "developmentStatus:", "categories: []\ndevelopmentStatus:")).errors())
                .isEmpty();
        assertThat(check(with(MINIMAL, "developmentStatus:", "categories:\ndevelopmentStatus:")).errors()).isEmpty();
        assertThat(check(with(MINIMAL, "developmentStatus:",
                "categories:\n  - fundraising\n  - gamification\ndevelopmentStatus:")).errors()).isEmpty();
    }

    @Test
    public void categories_outsideTheListAreRefusedByName() {
        String text = with(MINIMAL, "developmentStatus:", "categories:\n  - bin-rounds\ndevelopmentStatus:");

        assertThat(check(text).errors()).containsExactly(ImportError.of("categories[0]", lineOf(text, "- bin-rounds"),
                YamlChecks.NOT_IN_LIST, "bin-rounds", "categories"));
    }

    @Test
    public void fundedBy_needsAUriButNotAName() {
        String withoutName = with(MINIMAL, "developmentStatus:",
                "fundedBy:\n  - uri: https://www.gov.uk/dluhc\ndevelopmentStatus:");
        String withoutUri = with(MINIMAL, "developmentStatus:", "fundedBy:\n  - name: DLUHC\ndevelopmentStatus:");

        assertThat(check(withoutName).errors()).isEmpty();
        assertThat(fields(withoutUri)).containsExactly("fundedBy[0].uri");
    }

    @Test
    public void organisationUri_isAnAddressOrAUrn() {
        assertThat(check(organisation("urn:foo:bar")).errors()).isEmpty();
        assertThat(check(organisation("https://www.brighton-hove.gov.uk")).errors()).isEmpty();
        assertThat(fields(organisation("pcm"))).containsExactly("organisation.uri");
        assertThat(fields(organisation("\"1\""))).containsExactly("organisation.uri");
    }

    @Test
    public void italianPaCodes_areAcceptedByFormWithAWarningThatTheCodeIsNotLookedUp() {
        PubliccodeCheck.Checked checked = check(organisation("urn:x-italian-pa:pcm"));

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).extracting(ImportError::code).contains(PubliccodeMigration.IPA_NOT_CHECKED);
    }

    @Test
    public void dependsOn_versionsAreTextAndOptionalIsTrueOrFalse() {
        String open = "dependsOn:\n  open:\n    - name: PostgreSQL\n      versionMin: \"14\"\n      optional: true\n";
        String wrong = "dependsOn:\n  open:\n    - name: PostgreSQL\n      versionMin: []\n      versionMax: {}\n"
                + "      version: []\n      optional: \"true\"\n";

        assertThat(check(with(MINIMAL, "localisation:", open + "localisation:")).errors()).isEmpty();
        assertThat(fields(with(MINIMAL, "localisation:", wrong + "localisation:"))).containsExactlyInAnyOrder(
                "dependsOn.open[0].versionMin", "dependsOn.open[0].versionMax", "dependsOn.open[0].version",
                "dependsOn.open[0].optional");
    }

    @Test
    public void genericName_isAtMost35Characters() {
        String ok = with(MINIMAL, "    shortDescription:",
                "    genericName: " + "x".repeat(35) + "\n    shortDescription:");
        String tooLong = with(MINIMAL, "    shortDescription:",
                "    genericName: " + "x".repeat(36) + "\n    shortDescription:");

        assertThat(check(ok).errors()).isEmpty();
        assertThat(check(tooLong).errors()).containsExactly(ImportError.of("description.en.genericName",
                lineOf(tooLong, "genericName"), YamlChecks.TOO_LONG, 35, 36));
    }

    @Test
    public void longDescription_isCountedInUserPerceivedCharacters() {
        // 100 family emoji: 700 UTF-16 units and 700 code points, but 100 characters to a reader.
        String family = "👨\u200D👩\u200D👧\u200D👦".repeat(100);
        String text = with(MINIMAL, "    longDescription: >", "    longDescription: " + family + "\n    oldLong: >");
        text = text.replace("    oldLong: >\n", "").replaceAll("(?m)^      Bin collection day finder reads.*\n", "")
                .replaceAll("(?m)^      or address, which bins.*\n", "");

        assertThat(check(text).errors()).containsExactly(ImportError.of("description.en.longDescription",
                lineOf(text, "longDescription"), YamlChecks.TOO_SHORT, 150, 100));
    }

    @Test
    public void videos_areHttpAddresses() {
        String text = with(MINIMAL, "    features:", "    videos:\n      - ABC\n    features:");

        assertThat(check(text).errors()).containsExactly(ImportError.of("description.en.videos[0]",
                lineOf(text, "- ABC"), YamlChecks.NOT_URL, "ABC"));
    }

    @Test
    public void descriptionLanguages_areBcp47TagsOfKnownLanguagesAndRegions() {
        for (String ok : List.of("en-GB", "cy", "sr-Latn-RS", "es-419", "deu")) {
            assertThat(PubliccodeSpec.isLanguage(ok)).as(ok).isTrue();
        }
        for (String bad : List.of("xxx", "en_GB", "en-XX", "english", "e")) {
            assertThat(PubliccodeSpec.isLanguage(bad)).as(bad).isFalse();
        }
        String text = with(MINIMAL, "  en:", "  xxx:");
        assertThat(check(text).errors()).contains(ImportError.of("description.xxx", lineOf(text, "xxx:"),
                PubliccodeValidator.NOT_LANGUAGE, "xxx"));
    }

    @Test
    public void intendedAudienceCountries_areIso3166CodesInOneCase() {
        String text = with(MINIMAL, "developmentStatus:",
                "intendedAudience:\n  countries:\n    - GB\n    - ie\n    - Fr\n    - XX\ndevelopmentStatus:");

        PubliccodeCheck.Checked checked = check(text);

        assertThat(checked.errors()).extracting(ImportError::field)
                .containsExactly("intendedAudience.countries[2]", "intendedAudience.countries[3]");
        assertThat(checked.warnings()).contains(ImportError.of("intendedAudience.countries[1]", lineOf(text, "- ie"),
                PubliccodeMigration.LOWER_CASE_COUNTRY, "ie", "IE"));
    }

    @Test
    public void isBasedOn_isOneAddressOrAListOfAddresses() {
        assertThat(check(basedOn("https://github.com/a/b")).errors()).isEmpty();
        assertThat(fields(basedOn("not a url"))).containsExactly("isBasedOn");
        assertThat(fields(basedOn("\n  - https://github.com/a/b\n  - nope"))).containsExactly("isBasedOn[1]");
    }

    @Test
    public void contactAndContractorEmails_areEmailAddresses() {
        String contact = with(MINIMAL, "    - name: Jane Smith", "    - name: Jane Smith\n      email: not_an_email");
        String contractor = with(MINIMAL, "  type: internal\n  contacts:\n    - name: Jane Smith",
                "  type: contract\n  contractors:\n    - name: Acme\n      until: \"2027-01-31\"\n"
                        + "      email: acme.example.com");
        String good = with(MINIMAL, "    - name: Jane Smith", "    - name: Jane Smith\n      email: jane@bh.gov.uk");

        assertThat(check(contact).errors()).containsExactly(ImportError.of("maintenance.contacts[0].email",
                lineOf(contact, "email:"), YamlChecks.NOT_EMAIL, "not_an_email"));
        assertThat(fields(contractor)).containsExactly("maintenance.contractors[0].email");
        assertThat(check(good).errors()).isEmpty();
    }

    @Test
    public void contractors_areOnlyForContractMaintenance() {
        String text = with(MINIMAL, "    - name: Jane Smith",
                "    - name: Jane Smith\n  contractors:\n    - name: Acme\n      until: \"2027-01-31\"");

        assertThat(check(text).errors()).containsExactly(ImportError.of("maintenance.contractors",
                lineOf(text, "contractors:"), PubliccodeValidator.ONLY_FOR_CONTRACT));
    }

    @Test
    public void inputAndOutputTypes_areMimeTypes() {
        String text = with(MINIMAL, "localisation:",
                "inputTypes:\n  - text/csv\n  - foobar\noutputTypes:\n  - application/vnd.geo+json\nlocalisation:");

        assertThat(check(text).errors()).containsExactly(ImportError.of("inputTypes[1]", lineOf(text, "- foobar"),
                YamlChecks.NOT_MIME_TYPE, "foobar"));
    }

    @Test
    public void unknownKeys_areRefusedAtEveryLevel() {
        String text = with(MINIMAL, "  type: internal", "  type: internal\n  hours: 9-5") + "landingUrl: x\n";

        assertThat(check(text).errors()).containsExactly(
                ImportError.of("maintenance.hours", lineOf(text, "hours:"), PubliccodeKeys.UNKNOWN_KEY,
                        "maintenance.hours"),
                ImportError.of("landingUrl", lineOf(text, "landingUrl:"), PubliccodeKeys.UNKNOWN_KEY, "landingUrl"));
    }

    @Test
    public void yaml11Booleans_areTextWhereABooleanIsExpected() {
        String text = with(MINIMAL, "localisationReady: false", "localisationReady: no");

        assertThat(check(text).errors()).containsExactly(ImportError.of("localisation.localisationReady",
                lineOf(text, "localisationReady"), YamlChecks.WRONG_TYPE, "true/false"));
    }

    @Test
    public void logos_arePathsInTheRepositoryOrWebAddressesOfSvgOrPng() {
        for (String ok : List.of("logo.svg", "img/logo.PNG", "https://example.org/logo.svgz")) {
            assertThat(check(logo(ok)).errors()).as(ok).isEmpty();
        }
        for (String bad : List.of("/logo.png", "file:///logo.png", "file://logo.png", "file:/logo.png",
                "logo.mpg")) {
            assertThat(check(logo(bad)).errors()).as(bad).extracting(ImportError::code)
                    .containsExactly(YamlChecks.BAD_FILE);
        }
    }

    @Test
    public void screenshots_areJpegOrPngImages() {
        String text = with(MINIMAL, "    features:", "    screenshots:\n      - a.png\n      - b.gif\n    features:");

        assertThat(fields(text)).containsExactly("description.en.screenshots[1]");
    }

    @Test
    public void spdx_acceptsTheWholeListExceptionsAndOrLater() {
        for (String ok : List.of("EUPL-1.2", "AGPL-3.0-or-later OR MIT", "GPL-2.0-only WITH Classpath-exception-2.0",
                "Apache-2.0+", "GPL-3.0")) {
            assertThat(PubliccodeSpec.spdxProblem(ok)).as(ok).isNull();
        }
        assertThat(PubliccodeSpec.spdxProblem("MIT WITH No-such-exception")).isEqualTo("No-such-exception");
        assertThat(PubliccodeSpec.spdxProblem("Invalid License")).isEqualTo("");
    }

    @Test
    public void italianSection_isValidatedAndMayNotAppearTwice() {
        String bad = with(MINIMAL, "localisation:", "IT:\n  countryExtensionVersion: \"1.1\"\nlocalisation:");
        String twice = with(MINIMAL, "localisation:",
                "IT:\n  countryExtensionVersion: \"1.0\"\nit:\n  countryExtensionVersion: \"1.0\"\nlocalisation:");
        String lower = with(MINIMAL, "localisation:", "it:\n  conforme:\n    lineeGuidaDesign: true\nlocalisation:");

        assertThat(fields(bad)).containsExactly("IT.countryExtensionVersion");
        assertThat(check(twice).errors()).extracting(ImportError::code)
                .containsExactly(PubliccodeSectionRules.ITALIAN_TWICE);
        assertThat(check(lower).errors()).isEmpty();
        assertThat(check(lower).warnings()).extracting(ImportError::code)
                .contains(PubliccodeMigration.ITALIAN_LOWER_CASE);
    }

    @Test
    public void featuresAndLongDescription_areRequiredInEveryLanguage() {
        String text = with(MINIMAL, "legal:", "  cy:\n    shortDescription: Canfod diwrnod casglu biniau.\nlegal:");

        assertThat(fields(text)).containsExactly("description.cy.longDescription", "description.cy.features");
    }

    @Test
    public void olderVersions_areAcceptedWithAWarningOnTheirLine() {
        String text = with(MINIMAL, "publiccodeYmlVersion: \"0.7\"", "publiccodeYmlVersion: \"0.3\"");

        PubliccodeCheck.Checked checked = check(text);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).contains(ImportError.of("publiccodeYmlVersion",
                lineOf(text, "publiccodeYmlVersion"), PubliccodeMigration.OLD_VERSION, "0.3", "0.7"));
    }

    private static String organisation(String uri) {
        return with(MINIMAL, "developmentStatus:", "organisation:\n  uri: " + uri + "\ndevelopmentStatus:");
    }

    private static String basedOn(String value) {
        return with(MINIMAL, "developmentStatus:", "isBasedOn: " + value + "\ndevelopmentStatus:");
    }

    private static String logo(String value) {
        return with(MINIMAL, "developmentStatus:", "logo: \"" + value + "\"\ndevelopmentStatus:");
    }

    private static List<String> fields(String text) {
        return check(text).errors().stream().map(ImportError::field).toList();
    }

    private static PubliccodeCheck.Checked check(String text) {
        return PubliccodeCheck.check(text);
    }
}
