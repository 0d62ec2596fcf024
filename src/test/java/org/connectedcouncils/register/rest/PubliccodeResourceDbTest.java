package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Download;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** publiccode.yml import and export over real HTTP on a real database (H2, and PostgreSQL in the second run). */
public class PubliccodeResourceDbTest {

    private static final String IMPORT = "solutions/import/publiccode";
    private static final String NEW_ENTRY = IMPORT + "?ownerCouncil=E06000043&serviceArea=waste"
            + "&keyContact=user-brighton-editor";
    private static final String YAML = "application/yaml";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    // ----- import -----

    @Test
    public void importFile_createsADraftAndAnswers201WithItsLocation() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, minimal());

        assertThat(result.status()).isEqualTo(201);
        JsonNode solution = result.json().path("solution");
        String key = solution.path("key").asText();
        assertThat(result.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/rest/connected-councils/1.0/solutions/" + key));
        assertThat(solution.path("name").asText()).isEqualTo("Bin collection day finder");
        assertThat(solution.path("state").asText()).isEqualTo("draft");
        assertThat(solution.path("ownerCouncil").path("code").asText()).isEqualTo("E06000043");
        assertThat(result.json().path("dryRun").asBoolean()).isFalse();
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    public void importFile_acceptsTheOlderYamlAlias() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, "application/x-yaml; charset=utf-8",
                minimal());

        assertThat(result.status()).isEqualTo(201);
    }

    @Test
    public void importFile_refusesEveryTypeAFormCanSendOrNoTypeWith415() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json", "text/yaml"}) {
            statuses.put(type, target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, type, minimal()).status());
        }
        Result none = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, null, minimal());

        assertThat(statuses).containsOnly(Map.entry("text/plain", 415),
                Map.entry("application/x-www-form-urlencoded", 415), Map.entry("multipart/form-data; boundary=x", 415),
                Map.entry("application/json", 415), Map.entry("text/yaml", 415));
        assertThat(none.status()).isEqualTo(415);
        assertThat(none.errorCodes()).containsExactly("connected-councils.error.unsupportedMediaType");
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_dryRunChecksAndWritesNothing() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY + "&dryRun=true", YAML, minimal());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("dryRun").asBoolean()).isTrue();
        assertThat(result.json().path("solution").isNull()).isTrue();
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_dryRunStillAppliesTheRegisterPermissions() {
        Result result = target.send(HACKNEY_EDITOR, "POST", NEW_ENTRY + "&dryRun=true", YAML, minimal());

        assertThat(result.status()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_invalidFileAnswers400WithTheKeyPathAndLineAndWritesNothing() {
        String file = minimal().replace("developmentStatus: stable", "developmentStatus: finished");

        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, file);

        assertThat(result.status()).isEqualTo(400);
        JsonNode error = result.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("developmentStatus");
        assertThat(error.path("code").asText()).isEqualTo("connected-councils.io.publiccode.notOneOf");
        assertThat(error.path("line").asInt()).isEqualTo(lineOf(file, "developmentStatus:"));
        assertThat(error.path("message").asText()).contains("finished");
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_badYamlAnswers400WithItsLine() {
        String file = "publiccodeYmlVersion: \"0.7\"\nname: [unclosed\n";

        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, file);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.publiccode.syntax");
        assertThat(result.json().path("errors").get(0).path("line").asInt()).isPositive();
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_aliasBombAnswers400AndWritesNothing() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, aliasBomb());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.publiccode.aliases");
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_hugeBodyAnswers413AndWritesNothing() {
        String file = minimal() + "# " + "x".repeat(300 * 1024) + "\n";

        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, file);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.error.tooLarge");
        assertThat(result.errorFields()).containsOnlyNulls();
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_withKeyUpdatesTheEntryAtTheGivenVersion() {
        String key = created();
        String renamed = minimal().replace("name: Bin collection day finder", "name: Bin day finder");

        Result result = target.send(BRIGHTON_EDITOR, "POST", IMPORT + "?key=" + key + "&version=1", YAML, renamed);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("solution").path("name").asText()).isEqualTo("Bin day finder");
        assertThat(result.json().path("solution").path("version").asInt()).isEqualTo(2);
    }

    @Test
    public void importFile_withAStaleVersionAnswers409AndKeepsTheEntry() {
        String key = created();
        String renamed = minimal().replace("name: Bin collection day finder", "name: Bin day finder");
        target.send(BRIGHTON_EDITOR, "POST", IMPORT + "?key=" + key, YAML, renamed);

        Result result = target.send(BRIGHTON_EDITOR, "POST", IMPORT + "?key=" + key + "&version=1", YAML,
                minimal());

        assertThat(result.status()).isEqualTo(409);
        assertThat(result.json().path("currentVersion").asInt()).isEqualTo(2);
    }

    @Test
    public void importFile_intoAnotherCouncilsEntryAnswers403() {
        String key = created();
        publish(key);

        Result result = target.send(HACKNEY_EDITOR, "POST", IMPORT + "?key=" + key, YAML, minimal());

        assertThat(result.status()).isEqualTo(403);
    }

    @Test
    public void importFile_badParametersAnswer400NamingThem() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", IMPORT + "?key=nope&version=x&dryRun=maybe", YAML,
                minimal());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("key", "version", "dryRun");
    }

    // ----- export -----

    @Test
    public void exportOne_answersAYamlAttachmentThatImportsAgain() {
        String key = created();
        publish(key);

        Result result = target.get(VIEWER, "solutions/" + key + "/publiccode.yml");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/yaml").contains("utf-8"));
        assertThat(result.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + key + "-publiccode.yml\"");
        assertThat(yaml(result.body()).path("publiccodeYmlVersion").asText()).isEqualTo("0.7");
        assertThat(yaml(result.body()).path("name").asText()).isEqualTo("Bin collection day finder");
        assertThat(target.send(ADMIN, "POST", NEW_ENTRY + "&dryRun=true", YAML, result.body()).status())
                .isEqualTo(200);
    }

    @Test
    public void exportOne_ofAnEntryTheStandardCannotDescribeAnswers400NamingTheMissingKeys() {
        String key = published(aSolution().build()).key().toString();

        Result result = target.get(VIEWER, "solutions/" + key + "/publiccode.yml");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).contains("description.en.features", "maintenance.contacts");
    }

    @Test
    public void exportOne_ofAnInvisibleDraftAnswers404() {
        String key = draft(aSolution().build()).key().toString();

        Result result = target.get(VIEWER, "solutions/" + key + "/publiccode.yml");

        assertThat(result.status()).isEqualTo(404);
    }

    @Test
    public void exportZip_holdsOneValidFilePerVisibleEntryOnly() throws IOException {
        String first = created();
        publish(first);
        String second = created("Pothole reporter");
        publish(second);
        String plain = published(aSolution().named("Pothole reporter").build()).key().toString();
        Result hidden = target.send(HACKNEY_EDITOR, "POST", IMPORT + "?ownerCouncil=" + HACKNEY
                + "&serviceArea=waste&keyContact=user-hackney-editor", YAML, minimal());
        assertThat(hidden.status()).isEqualTo(201);

        Download result = target.download(VIEWER, "solutions/publiccode.zip");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(result.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"publiccode.zip\"");
        Map<String, String> members = unzip(result.body());
        assertThat(members.keySet()).containsExactlyInAnyOrder(first + ".yml", second + ".yml", "skipped.csv");
        assertThat(members.get("skipped.csv")).contains(plain + ",description.en.features,");
        members.remove("skipped.csv");
        for (String file : members.values()) {
            assertThat(target.send(ADMIN, "POST", NEW_ENTRY + "&dryRun=true", YAML, file).status())
                    .isEqualTo(200);
        }
    }

    @Test
    public void exportZip_takesTheListFilters() throws IOException {
        publish(created());
        String pothole = created("Pothole reporter");
        publish(pothole);

        Download result = target.download(VIEWER, "solutions/publiccode.zip?q=pothole");

        assertThat(unzip(result.body()).keySet()).containsExactly(pothole + ".yml");
    }

    @Test
    public void exportZip_badFilterAnswers400BeforeStreaming() {
        Result result = target.get(VIEWER, "solutions/publiccode.zip?phase=finished");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("phase");
    }

    // ----- helpers -----

    private static String created() {
        return created("Bin collection day finder");
    }

    /** A draft of Brighton's imported through the API from the minimal file under another name. */
    private static String created(String name) {
        Result result = target.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML,
                minimal().replace("name: Bin collection day finder", "name: " + name));
        assertThat(result.status()).isEqualTo(201);
        return result.json().path("solution").path("key").asText();
    }

    private static void publish(String key) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        fixture.data.register.publish(SolutionKey.parse(key).orElseThrow());
    }

    private static long stored() {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.list(SolutionQuery.all()).page().total();
    }

    private static Solution draft(SolutionContent content) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.create(content);
    }

    private static Solution published(SolutionContent content) {
        return fixture.data.register.publish(draft(content).key());
    }

    static String minimal() {
        try (InputStream in = PubliccodeResourceDbTest.class.getResourceAsStream("/publiccode/minimal.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nine levels of lists, each repeating the one before nine times: a billion-laughs document. */
    private static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0.7\"\na: &a [\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }

    private static int lineOf(String text, String piece) {
        return (int) text.substring(0, text.indexOf(piece)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static JsonNode yaml(String text) {
        try {
            return new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
