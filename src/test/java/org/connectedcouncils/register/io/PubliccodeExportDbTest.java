package org.connectedcouncils.register.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.connectedcouncils.register.io.PubliccodeFiles.FULL;
import static org.connectedcouncils.register.io.PubliccodeFiles.MINIMAL;
import static org.connectedcouncils.register.io.PubliccodeFiles.VERSION_02;
import static org.connectedcouncils.register.io.PubliccodeFiles.stream;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.connectedcouncils.register.ao.AoPubliccodeExtraStore;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** publiccode.yml export of one entry and of a filtered set, and the export → import → export round trip. */
public class PubliccodeExportDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");

    private final RegisterFixture fixture = new RegisterFixture();
    private PubliccodeImport importer;
    private PubliccodeExport target;

    @Before
    public void setUp() {
        fixture.reset();
        AoPubliccodeExtraStore extras = new AoPubliccodeExtraStore(fixture.db.ao());
        importer = new PubliccodeImport(fixture.register, extras, new AoTransactions(fixture.db.ao()));
        target = new PubliccodeExport(fixture.register, extras);
        fixture.actor.actAs(ADMIN);
    }

    @Test
    public void export_writesAValid07FileWithTheEntrysFields() {
        SolutionKey key = imported(PubliccodeFiles.text(MINIMAL));

        String yaml = target.export(key, "en");

        YamlTree tree = PubliccodeYaml.parse(yaml);
        assertThat(PubliccodeValidator.validate(tree)).isEmpty();
        assertThat(tree.get("publiccodeYmlVersion")).isEqualTo("0.7");
        assertThat(tree.get("name")).isEqualTo("Bin collection day finder");
        assertThat(tree.get("developmentStatus")).isEqualTo("stable");
        assertThat(tree.get("maintenance.contacts")).isNotNull();
        assertThat(yaml).startsWith("publiccodeYmlVersion: '0.7'\nname: Bin collection day finder\n");
    }

    @Test
    public void export_writesNoCouncilOnlyField() {
        SolutionKey key = imported(PubliccodeFiles.text(MINIMAL));
        Solution entry = fixture.register.get(key);
        fixture.register.update(key, entry.version(), aSolution().named("Bin collection day finder")
                .withSummary(entry.content().summary()).withDescription(entry.content().description())
                .withOutcomes("Fewer missed-bin calls, measured monthly").build());

        String yaml = target.export(key, "en");

        assertThat(yaml).doesNotContain("E06000043", "waste", "Fewer missed-bin calls", "25000", "GBP",
                "share-code", "user-brighton-editor", "10k");
        assertThat(PubliccodeYaml.parse(yaml).root().keySet()).isSubsetOf(PubliccodeSpec.TOP_LEVEL_ORDER);
    }

    @Test
    public void export_roundTripsEveryFixtureStably() {
        fixture.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));
        for (String fixtureName : new String[] {MINIMAL, FULL, VERSION_02}) {
            SolutionKey first = importedBy(PubliccodeFiles.text(fixtureName), HACKNEY);
            String once = target.export(first, "en");

            SolutionKey second = importedBy(once, HACKNEY);
            String twice = target.export(second, "en");

            assertThat(twice).as(fixtureName).isEqualTo(once);
        }
    }

    @Test
    public void export_givesBackTheKeysTheRegisterHasNoFieldFor() {
        SolutionKey key = importedBy(PubliccodeFiles.text(FULL), HACKNEY);

        YamlTree tree = PubliccodeYaml.parse(target.export(key, "en"));

        YamlTree original = PubliccodeYaml.parse(PubliccodeFiles.text(FULL));
        for (String path : new String[] {"fundedBy", "supports", "organisation", "intendedAudience", "dependsOn",
                "maintenance.contractors", "maintenance.contacts", "description.cy", "description.en.features",
                "usedBy", "localisation", "releaseDate", "isBasedOn", "legal.mainCopyrightOwner"}) {
            assertThat(tree.get(path)).as(path).isEqualTo(original.get(path));
        }
    }

    @Test
    public void export_ofAnEntryTheStandardCannotDescribeNamesTheMissingKeys() {
        Solution plain = fixture.register.create(aSolution().withRepositoryUrl(null).build());

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> target.export(plain.key(), "en"));

        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("url",
                "description.en.longDescription", "description.en.features", "maintenance.contacts");
    }

    @Test
    public void usedByHints_areReadOnlyByThoseWhoMaySeeTheEntry() {
        SolutionKey key = importedBy(PubliccodeFiles.text(FULL), HACKNEY);

        assertThat(target.usedByHints(key)).containsExactly("London Borough of Hackney", "Leeds City Council");
        fixture.actor.actAs(Actor.viewer("user-viewer"));
        assertThatThrownBy(() -> target.usedByHints(key)).isInstanceOf(Refusal.NotFound.class);
    }

    @Test
    public void exportZip_streamsEveryMatchingEntryPageByPageAndListsTheSkippedOnes() throws IOException {
        for (int i = 0; i < 102; i++) {
            importedBy(PubliccodeFiles.text(MINIMAL).replace("name: Bin collection day finder",
                    "name: Bin finder " + i), BRIGHTON);
        }
        Solution plain = fixture.register.create(aSolution().build());
        fixture.register.create(aSolution().withPhase(Phase.ALPHA).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PubliccodeExport.ZipSummary summary = target.exportZip(SolutionQuery.all().withPage(null)
                .withFacets(false), "en", out);

        Map<String, String> members = unzip(out.toByteArray());
        assertThat(summary.written()).isEqualTo(102);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(members).hasSize(103).containsKey(PubliccodeExport.SKIPPED_MEMBER);
        assertThat(members.get(PubliccodeExport.SKIPPED_MEMBER)).startsWith("key,field,code\r\n")
                .contains(plain.key() + ",description.en.features,");
        String some = members.entrySet().stream().filter(m -> m.getKey().endsWith(".yml")).findFirst()
                .orElseThrow().getValue();
        assertThat(PubliccodeValidator.validate(PubliccodeYaml.parse(some))).isEmpty();
    }

    @Test
    public void exportZip_appliesTheListFilters() throws IOException {
        importedBy(PubliccodeFiles.text(MINIMAL), BRIGHTON);
        importedBy(PubliccodeFiles.text(MINIMAL).replace("developmentStatus: stable", "developmentStatus: beta"),
                BRIGHTON);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SolutionQuery betaOnly = SolutionQuery.all().withPhases(Set.of(Phase.BETA));

        target.exportZip(betaOnly, "en", out);

        Map<String, String> members = unzip(out.toByteArray());
        assertThat(members).hasSize(1);
        assertThat(members.values().iterator().next()).contains("developmentStatus: beta");
    }

    private SolutionKey imported(String text) {
        return importedBy(text, BRIGHTON);
    }

    private SolutionKey importedBy(String text, org.connectedcouncils.common.domain.CouncilCode owner) {
        PubliccodeImportResult result = importer.importFile(stream(text),
                PubliccodeImportOptions.newEntry(owner, Set.of("waste"), null));
        assertThat(result.errors()).isEmpty();
        return result.solution().key();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> members = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                members.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return members;
    }
}
