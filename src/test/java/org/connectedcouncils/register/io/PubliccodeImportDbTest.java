package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.register.io.PubliccodeFiles.FULL;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.VERSION_02;
import static org.connectedcouncils.register.io.PubliccodeFiles.stream;
import static org.connectedcouncils.register.io.PubliccodeFiles.with;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;
import org.connectedcouncils.register.ao.AoPubliccodeExtra;
import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** publiccode.yml import through the real register on H2 and PostgreSQL. */
public class PubliccodeImportDbTest {

    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor ADMIN = Actor.administrator("user-admin");

    private final RegisterFixture fixture = new RegisterFixture();
    private AoPubliccodeExtraStore extras;
    private PubliccodeImport target;

    @Before
    public void setUp() {
        fixture.reset();
        extras = new AoPubliccodeExtraStore(fixture.db.ao());
        target = new PubliccodeImport(fixture.register, extras, new AoTransactions(fixture.db.ao()));
        fixture.actor.actAs(BRIGHTON_EDITOR);
    }

    @Test
    public void importFile_createsADraftFromTheMinimalFile() {
        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(MINIMAL)), newEntry());

        assertThat(result.errors()).isEmpty();
        Solution stored = fixture.register.get(result.solution().key());
        SolutionContent c = stored.content();
        assertThat(stored.state()).isEqualTo(EntryState.DRAFT);
        assertThat(c.name()).isEqualTo("Bin collection day finder");
        assertThat(c.summary()).isEqualTo("Residents look up their bin collection day by postcode.");
        assertThat(c.description()).startsWith("Bin collection day finder reads");
        assertThat(c.repositoryUrl()).isEqualTo("https://github.com/brighton-hove/bin-finder");
        assertThat(c.phase()).isEqualTo(Phase.LIVE);
        assertThat(c.kind()).isEqualTo(SolutionKind.SOFTWARE);
        assertThat(c.softwareType()).isEqualTo(SoftwareType.STANDALONE_WEB);
        assertThat(c.maintenance()).isEqualTo(MaintenanceType.INTERNAL);
        assertThat(c.licence()).isEqualTo("MIT");
        assertThat(c.platforms()).containsExactly("web");
        assertThat(c.ownerCouncil()).isEqualTo(BRIGHTON);
        assertThat(c.serviceAreas()).containsExactly("waste");
        assertThat(c.keyContact()).as("a publiccode contact is a name, never a user key").isEqualTo(
                "user-brighton-editor");
    }

    @Test
    public void importFile_mapsTheFullFileAndKeepsUsedByAsUnverifiedHintsOnly() {
        fixture.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));

        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(FULL)),
                PubliccodeImportOptions.newEntry(HACKNEY, Set.of("planning"), null));

        assertThat(result.errors()).isEmpty();
        SolutionContent c = result.solution().content();
        assertThat(c.landingUrl()).isEqualTo("https://planning-alerts.hackney.gov.uk");
        assertThat(c.categories()).containsExactly("regulations-and-directives", "communications");
        assertThat(c.platforms()).containsExactly("web", "android");
        assertThat(c.phase()).isEqualTo(Phase.BETA);
        assertThat(c.maintenance()).isEqualTo(MaintenanceType.CONTRACT);
        assertThat(c.licence()).isEqualTo("AGPL-3.0-or-later");
        PubliccodeExtra extra = extras.find(result.solution().key()).orElseThrow();
        assertThat(extra.usedBy()).containsExactly("London Borough of Hackney", "Leeds City Council");
        assertThat(extra.language()).isEqualTo("en");
        assertThat(extra.sourceVersion()).isEqualTo("0.7");
        assertThat(extra.unmappedYaml()).contains("Digital Co-op Ltd", "Rhybuddion Cynllunio", "alias:gdpr",
                "Local Digital Fund").doesNotContain("shortDescription: Email and app alerts");
        assertThat(fixture.register.get(result.solution().key()).adoptions()).isEqualTo(AdoptionCounts.NONE);
        assertThat(fixture.register.adoptions(result.solution().key(), PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void importFile_mapsEachDevelopmentStatusToAPhase() {
        List<String> statuses = List.of("concept", "development", "beta", "stable", "obsolete");
        List<Phase> phases = List.of(Phase.CONCEPT, Phase.ALPHA, Phase.BETA, Phase.LIVE, Phase.RETIRED);

        for (int i = 0; i < statuses.size(); i++) {
            String text = with(MINIMAL, "developmentStatus: stable", "developmentStatus: " + statuses.get(i));
            PubliccodeImportResult result = target.importFile(stream(text), newEntry());

            assertThat(result.errors()).as(statuses.get(i)).isEmpty();
            assertThat(fixture.register.get(result.solution().key()).content().phase()).as(statuses.get(i))
                    .isEqualTo(phases.get(i));
        }
    }

    @Test
    public void importFile_picksTheChosenLanguageAndFallsBackToTheFirst() {
        fixture.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));
        PubliccodeImportOptions welsh = PubliccodeImportOptions.newEntry(HACKNEY, Set.of("planning"), null)
                .inLanguage("cy");
        PubliccodeImportOptions french = welsh.inLanguage("fr");

        Solution inWelsh = target.importFile(stream(PubliccodeFiles.text(FULL)), welsh).solution();
        Solution fallback = target.importFile(stream(PubliccodeFiles.text(FULL)), french).solution();

        assertThat(inWelsh.content().summary()).startsWith("Rhybuddion e-bost");
        assertThat(fallback.content().summary()).startsWith("Email and app alerts");
    }

    @Test
    public void importFile_readsAnOldVersionThroughItsDeprecatedKeys() {
        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(VERSION_02)), newEntry());

        assertThat(result.errors()).isEmpty();
        assertThat(result.solution().content().phase()).isEqualTo(Phase.ALPHA);
        assertThat(result.solution().content().summary()).isEqualTo("Gestione documentale per enti locali.");
        assertThat(result.warnings()).extracting(ImportError::field).contains("it.piattaforme.spid",
                "legal.repoOwner", "monochromeLogo");
    }

    @Test
    public void importFile_updatesAnExistingEntryKeepingItsCouncilOnlyFields() {
        Solution existing = fixture.register.create(aSolution().withPhase(Phase.DISCOVERY)
                .offering(CollaborationOffer.CO_FUND).build());
        String text = with(MINIMAL, "developmentStatus: stable", "developmentStatus: concept");

        PubliccodeImportResult result = target.importFile(stream(text),
                PubliccodeImportOptions.existingEntry(existing.key(), null));

        assertThat(result.errors()).isEmpty();
        SolutionContent c = fixture.register.get(existing.key()).content();
        assertThat(c.summary()).isEqualTo("Residents look up their bin collection day by postcode.");
        assertThat(c.phase()).as("discovery is already a concept").isEqualTo(Phase.DISCOVERY);
        assertThat(c.offers()).containsExactly(CollaborationOffer.CO_FUND);
        assertThat(c.oneOffCost()).isEqualTo(existing.content().oneOffCost());
        assertThat(c.citizenOutcomes()).isEqualTo(existing.content().citizenOutcomes());
        assertThat(fixture.register.get(existing.key()).version()).isEqualTo(2);
    }

    @Test
    public void importFile_onAStaleVersionIsRefusedAndChangesNothing() {
        Solution existing = fixture.register.create(aSolution().build());

        assertThatThrownBy(() -> target.importFile(stream(PubliccodeFiles.text(MINIMAL)),
                PubliccodeImportOptions.existingEntry(existing.key(), 7)))
                .isInstanceOf(Refusal.StaleVersion.class);

        assertThat(fixture.register.get(existing.key()).content()).isEqualTo(existing.content());
        assertThat(extraRows()).isZero();
    }

    @Test
    public void importFile_dryRunValidatesAndWritesNothing() {
        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(FULL)),
                newEntry().asDryRun());

        assertThat(result.errors()).isEmpty();
        assertThat(result.solution()).isNull();
        assertThat(result.content().name()).isEqualTo("Planning Alerts");
        assertRegisterEmpty();
    }

    @Test
    public void importFile_dryRunOfAnUpdateChecksTheVersionAndChangesNothing() {
        Solution existing = fixture.register.create(aSolution().build());

        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(MINIMAL)),
                PubliccodeImportOptions.existingEntry(existing.key(), 1).asDryRun());

        assertThat(result.errors()).isEmpty();
        assertThat(result.content().summary()).isEqualTo("Residents look up their bin collection day by postcode.");
        assertThat(fixture.register.get(existing.key())).isEqualTo(existing);
        assertThatThrownBy(() -> target.importFile(stream(PubliccodeFiles.text(MINIMAL)),
                PubliccodeImportOptions.existingEntry(existing.key(), 2).asDryRun()))
                .isInstanceOf(Refusal.StaleVersion.class);
    }

    @Test
    public void importFile_dryRunReportsTheRegistersOwnRulesAtTheirKeyAndLine() {
        String text = with(MINIMAL, "name: Bin collection day finder", "name: " + "N".repeat(130))
                .replace("url: https://github.com/brighton-hove/bin-finder", "url: git://git.example/bins.git");

        PubliccodeImportResult result = target.importFile(stream(text), newEntry().asDryRun());

        assertThat(result.errors()).containsExactlyInAnyOrder(
                ImportError.of("name", 3, FieldChecks.TOO_LONG, SolutionValidator.NAME_MAX),
                ImportError.of("url", 4, FieldChecks.NOT_URL));
    }

    @Test
    public void importFile_withoutPermissionForTheCouncilIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> target.importFile(stream(PubliccodeFiles.text(MINIMAL)),
                PubliccodeImportOptions.newEntry(HACKNEY, Set.of("waste"), null)))
                .isInstanceOf(Refusal.NotAllowed.class);

        assertRegisterEmpty();
    }

    @Test
    public void importFile_withoutServiceAreasReportsTheMissingOption() {
        PubliccodeImportResult result = target.importFile(stream(PubliccodeFiles.text(MINIMAL)),
                PubliccodeImportOptions.newEntry(BRIGHTON, Set.of(), null));

        assertThat(result.errors()).containsExactly(
                ImportError.of("serviceAreas", 0, FieldChecks.REQUIRED));
        assertRegisterEmpty();
    }

    @Test
    public void importFile_givesAClearErrorForEachMalformedInputAndWritesNothing() {
        String minimal = PubliccodeFiles.text(MINIMAL);
        List<Malformed> cases = List.of(
                new Malformed("bad YAML", bytes("name: [broken\n"), PubliccodeYaml.SYNTAX),
                new Malformed("wrong type", bytes(with(MINIMAL, "platforms:\n  - web", "platforms: 7")),
                        YamlChecks.WRONG_TYPE),
                new Malformed("missing mandatory key", bytes(minimal.replace("name: Bin collection day finder\n",
                        "")), YamlChecks.REQUIRED),
                new Malformed("huge file", bytes(minimal + "# " + "x".repeat(PubliccodeImport.MAX_BYTES) + "\n"),
                        ImportLimits.TOO_LARGE),
                new Malformed("alias bomb", bytes(PubliccodeFiles.aliasBomb()), PubliccodeYaml.ALIASES),
                new Malformed("not UTF-8", latin1(minimal.replace("Jane Smith", "Zoë Smith")),
                        ImportLimits.NOT_UTF8),
                new Malformed("empty", new byte[0], ImportLimits.EMPTY));

        for (Malformed bad : cases) {
            PubliccodeImportResult result = target.importFile(new ByteArrayInputStream(bad.bytes()), newEntry());

            assertThat(result.accepted()).as(bad.name()).isFalse();
            assertThat(result.errors()).as(bad.name()).extracting(ImportError::code).contains(bad.code());
        }
        assertRegisterEmpty();
    }

    @Test
    public void importFile_reportsTheLineOfAnEncodingError() {
        String text = PubliccodeFiles.text(MINIMAL).replace("Jane Smith", "Zoë Smith");

        PubliccodeImportResult result = target.importFile(new ByteArrayInputStream(latin1(text)), newEntry());

        assertThat(result.errors()).containsExactly(ImportError.of("", PubliccodeFiles.lineOf(text, "Zoë"),
                ImportLimits.NOT_UTF8));
    }

    private PubliccodeImportOptions newEntry() {
        return PubliccodeImportOptions.newEntry(BRIGHTON, Set.of("waste"), "user-brighton-editor");
    }

    private void assertRegisterEmpty() {
        fixture.actor.actAs(ADMIN);
        assertThat(fixture.register.list(SolutionQuery.all()).page().total()).isZero();
        assertThat(extraRows()).isZero();
    }

    private int extraRows() {
        return fixture.db.ao().count(AoPubliccodeExtra.class, Query.select());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Malformed(String name, byte[] bytes, String code) {
    }
}
