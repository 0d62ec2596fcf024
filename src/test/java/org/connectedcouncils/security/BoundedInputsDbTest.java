package org.connectedcouncils.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.io.CsvReader;
import org.connectedcouncils.common.io.ImportError;
import org.connectedcouncils.common.io.ImportLimits;
import org.connectedcouncils.common.rest.BoundedJsonBodies;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.CsvImportKind;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.PubliccodeImportOptions;
import org.connectedcouncils.register.io.PubliccodeImportResult;
import org.connectedcouncils.register.io.SolutionCsvImport;
import org.connectedcouncils.council.io.CouncilCsvImport;
import org.connectedcouncils.council.io.RoleMappingCsvImport;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RawHttp;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

/**
 * Every input has a bound checked on the work done, not on time: JSON bodies, YAML and CSV files and query
 * parameters over their limits are refused with an error naming the field, and each test asserts how much was read
 * or expanded when it was refused.
 */
public class BoundedInputsDbTest {

    private static final String YAML = "application/yaml";
    private static final String NEW_ENTRY = "solutions/import/publiccode?dryRun=true&ownerCouncil=E06000043"
            + "&serviceArea=waste&keyContact=user-brighton-editor";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls http = fixture.http;

    @Rule
    public final KnownFailing knownFailing = new KnownFailing();

    @Before
    public void setUp() {
        fixture.reset();
    }

    // ----- JSON bodies -----

    @Test
    public void jsonBody_declaredOverTheLimit_is413BeforeAnyOfItIsRead() {
        RawHttp.Answer answer = RawHttp.post(fixture.server.uri("solutions"), BRIGHTON_EDITOR,
                BoundedJsonBodies.MAX_BYTES + 1L, false);

        assertThat(answer.status()).isEqualTo(413);
        assertBodyTooLarge(answer.body());
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        assertThat(fixture.data.register.list(org.connectedcouncils.register.domain.SolutionQuery.all()).page()
                .total()).isZero();
    }

    @Test
    public void jsonBody_chunkedWithoutEnd_is413AfterTheLimit() {
        RawHttp.Answer answer = RawHttp.post(fixture.server.uri("solutions"), BRIGHTON_EDITOR, Long.MAX_VALUE, true);

        assertThat(answer.status()).isEqualTo(413);
        assertBodyTooLarge(answer.body());
        assertThat(answer.bodyBytesSent()).as("the server stopped the endless body near the limit")
                .isLessThan(BoundedJsonBodies.MAX_BYTES + 64L * 1024 * 1024);
    }

    @Test
    public void jsonBody_theServerReadsAtMostTheLimit() throws IOException {
        Counting endless = new Counting(Long.MAX_VALUE);

        Throwable refused = JsonBodyLimit.readThrough(endless);

        assertThat(refused).isInstanceOf(jakarta.ws.rs.WebApplicationException.class);
        assertThat(((jakarta.ws.rs.WebApplicationException) refused).getResponse().getStatus()).isEqualTo(413);
        assertThat(endless.read).as("bytes read from an endless body").isEqualTo(BoundedJsonBodies.MAX_BYTES + 1L);
    }

    @Test
    public void jsonBody_justUnderTheLimit_isReadAndJudgedByItsFields() {
        Map<String, Object> body = entryBody();
        body.put("description", "x".repeat(BoundedJsonBodies.MAX_BYTES - 1_000));

        Result result = http.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("description");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.tooLong");
    }

    @Test
    public void jsonString_overItsFieldLength_is400NamingTheField() {
        Map<String, Object> body = entryBody();
        body.put("name", "n".repeat(121));

        Result result = http.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.tooLong");
    }

    @Test
    public void jsonList_overItsLength_is400NamingTheField() {
        Map<String, Object> body = entryBody();
        body.put("platforms", Collections.nCopies(100_000, "web"));

        Result result = http.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("platforms");
    }

    @Test
    public void groupMemberList_overItsLength_is400NamingTheField() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            members.add(String.format("E0700%04d", i));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Forum");
        body.put("aim", "Share.");
        body.put("serviceAreas", List.of("waste"));
        body.put("model", "community-of-practice");
        body.put("leadCouncil", "E06000043");
        body.put("memberCouncils", members);

        Result result = http.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).contains("memberCouncils");
    }

    @Test
    public void jsonNesting_deeperThanTheParserAllows_is400NamingTheBody() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        Result result = http.post(BRIGHTON_EDITOR, "solutions", "{\"platforms\":" + deep + "}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).hasSize(1);
        assertThat(result.errorFields().get(0)).as("refused at the first level the field cannot hold")
                .isEqualTo("platforms[0]");
    }

    // ----- YAML -----

    @Test
    public void yaml_overTheFileLimit_is413AfterReadingAtMostTheLimit() {
        Counting endless = new Counting(Long.MAX_VALUE);

        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        PubliccodeImportResult result = new PubliccodeImport(fixture.data.register, fixture.extras,
                fixture.data.transactions).importFile(endless, dryRun());

        assertThat(codes(result.errors())).containsExactly(ImportLimits.TOO_LARGE);
        assertThat(endless.read).as("bytes read").isLessThanOrEqualTo(PubliccodeImport.MAX_BYTES + 8192L);
    }

    @Test
    public void yaml_aSixthAliasToAScalar_isRefusedBeforeItIsExpanded() {
        StringBuilder yaml = new StringBuilder(minimalYaml().replace("name: Bin collection day finder",
                "name: &n Bin collection day finder"));
        yaml.append("x-aliases:\n");
        for (int i = 1; i <= 6; i++) {
            yaml.append("  a").append(i).append(": *n\n");
        }

        Result result = http.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, yaml.toString());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.publiccode.aliases");
        assertThat(result.errorFields()).as("refused at the alias past the limit, not after")
                .containsExactly("x-aliases.a6");
    }

    @Test
    public void yaml_aliasesExpandingPastTheTextLimit_areRefusedAtTheAliasThatPassesIt() {
        String big = "b".repeat(200_000);
        StringBuilder yaml = new StringBuilder(minimalYaml());
        yaml.append("x-big: &b ").append(big).append('\n').append("x-copies:\n");
        for (int i = 1; i <= 5; i++) {
            yaml.append("  c").append(i).append(": *b\n");
        }

        Result result = http.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, yaml.toString());

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCodes()).containsExactly(ImportLimits.TOO_LARGE);
        assertThat(result.errorFields()).as("5 x 200,000 fits in 1 MiB with the rest; the 6th copy does not")
                .containsExactly("x-copies.c5");
    }

    @Test
    public void yaml_aStringOverItsLength_is400NamingTheKey() {
        String yaml = minimalYaml().replace("shortDescription: Residents look up their bin collection day by postcode.",
                "shortDescription: " + "s".repeat(151));

        Result result = http.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, yaml);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).contains("description.en.shortDescription");
    }

    @Test
    public void yaml_deeperThanTheLimit_is400() {
        StringBuilder yaml = new StringBuilder(minimalYaml()).append("x-deep:\n");
        for (int i = 1; i <= 25; i++) {
            yaml.append("  ".repeat(i)).append("d").append(i).append(":\n");
        }
        yaml.append("  ".repeat(26)).append("end: 1\n");

        Result result = http.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, yaml.toString());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.publiccode.tooDeep");
    }

    @Test
    public void yaml_tooManyNodes_isRefusedAtTheFirstNodeOverTheLimit() {
        StringBuilder yaml = new StringBuilder(minimalYaml()).append("x-many:\n");
        for (int i = 0; i < 25_000; i++) {
            yaml.append("- a\n");
        }

        Result result = http.send(BRIGHTON_EDITOR, "POST", NEW_ENTRY, YAML, yaml.toString());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.publiccode.tooManyNodes");
        assertThat(result.errorFields().get(0)).startsWith("x-many[");
        int index = Integer.parseInt(result.errorFields().get(0).replaceAll("\\D", ""));
        assertThat(index).as("nodes converted before the refusal").isLessThan(20_000);
    }

    // ----- CSV -----

    @Test
    public void csv_overTheFileLimit_isRefusedAfterReadingAtMostTheLimit() {
        Counting endless = new Counting(Long.MAX_VALUE);

        CsvImportResult result = csvImport().importFile(CsvImportKind.SOLUTIONS, endless,
                CsvImportOptions.checkOnly());

        assertThat(codes(result.errors())).containsExactly(ImportLimits.TOO_LARGE);
        assertThat(endless.read).as("bytes read").isLessThanOrEqualTo(CsvReader.MAX_BYTES + 8192L);
    }

    @Test
    public void csv_overTheRowLimit_isRefusedNamingTheLimit() {
        StringBuilder csv = new StringBuilder("code,name,type,region\r\n");
        for (int i = 0; i <= CsvReader.MAX_ROWS; i++) {
            csv.append(String.format("E07%06d,Council %d,district,South East\r\n", i, i));
        }

        CsvImportResult result = csvImport().importFile(CsvImportKind.COUNCILS, utf8(csv.toString()),
                CsvImportOptions.checkOnly());

        assertThat(codes(result.errors())).containsExactly(CsvReader.TOO_MANY_ROWS);
        assertThat(result.written()).isZero();
    }

    @Test
    public void csv_aCellOverItsFieldLength_isRefusedNamingTheColumn() {
        String csv = "name,summary,kind,phase,ownerCouncil,serviceAreas\r\n"
                + "n".repeat(121) + ",Fine,software,beta,E06000043,waste\r\n";

        CsvImportResult result = csvImport().importFile(CsvImportKind.SOLUTIONS, utf8(csv),
                CsvImportOptions.checkOnly());

        assertThat(result.errors()).extracting(ImportError::field).containsExactly("name");
        assertThat(result.errors()).extracting(ImportError::line).containsExactly(2);
    }

    @Test
    public void csv_overTheLimitOverHttp_is413() {
        String csv = "name\r\n" + "x".repeat(CsvReader.MAX_BYTES);

        Result result = http.send(ADMIN, "POST", "admin/import/solutions?dryRun=true", "text/csv", csv);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCodes()).containsExactly(ImportLimits.TOO_LARGE);
    }

    // ----- query parameters -----

    @Test
    public void start_pastTheLargestInteger_is400NamingStart() {
        Result result = http.get(VIEWER, "solutions?start=99999999999");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("start");
    }

    @Test
    public void portfolioStart_atTheLargestInteger_is400NamingStartOrAnEmptyPage() {
        Result result = http.get(VIEWER, "portfolio?start=2147483647");

        assertThat(result.status()).as(result.body()).isIn(200, 400);
        if (result.status() == 400) {
            assertThat(result.errorFields()).containsExactly("start");
        } else {
            assertThat(result.json().path("results").size()).isZero();
        }
    }

    @Test
    public void limit_overTheMaximum_is400NamingLimit() {
        Result result = http.get(VIEWER, "solutions?limit=101");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
    }

    @Test
    public void negativeStartAndLimit_are400NamingBoth() {
        Result result = http.get(VIEWER, "solutions?start=-1&limit=-5");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("start", "limit");
    }

    @Test
    public void repeatedFilterValues_areBoundedNamingTheParameter() {
        StringBuilder query = new StringBuilder("solutions?");
        for (int i = 0; i < 2_000; i++) {
            query.append("phase=unknown").append(i).append('&');
        }

        Result result = http.get(VIEWER, query.toString());

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("phase");
        assertThat(result.errorCodes()).as("one error, not one per value")
                .containsExactly("connected-councils.error.tooMany");
    }

    @Test
    public void commaSeparatedFilterValues_areBoundedToo() {
        String many = String.join(",", Collections.nCopies(QueryParams.VALUES_MAX + 1, "beta"));

        Result tooMany = http.get(VIEWER, "solutions?phase=" + many);
        Result enough = http.get(VIEWER, "solutions?phase=" + many.substring(5));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("phase");
        assertThat(enough.status()).isEqualTo(200);
    }

    @Test
    public void longTextParameter_is400NamingIt() {
        Result result = http.get(VIEWER, "solutions?q=" + "q".repeat(201));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("q");
    }

    @Test
    public void adoptionSince_outOfRange_is400NamingSince() {
        Solution entry = published();

        Result result = http.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                "{\"state\":\"using\",\"since\":\"-999999999-01-01\"}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("since");
    }

    @Test
    public void statusReportDate_outOfRange_is400NamingDate() {
        Result created = http.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(groupBody()));
        String key = created.json().path("key").asText();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", "-999999999-01-01");
        report.put("rag", "green");
        report.put("summary", "Fine.");

        Result result = http.post(BRIGHTON_EDITOR, "working-groups/" + key + "/reports", HttpCalls.json(report));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("date");
    }

    // ----- helpers -----

    /** An endless (or long) body of one repeated byte that counts what was read from it. */
    static final class Counting extends InputStream {

        private final long size;
        long read;

        Counting(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    private static void assertBodyTooLarge(String body) {
        JsonNode error = new Result(413, null, body).json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("body");
        assertThat(error.path("code").asText()).isEqualTo("connected-councils.error.bodyTooLarge");
        assertThat(error.path("message").asText()).matches(".*1.?024 KB.*");
    }

    private static List<String> codes(List<ImportError> errors) {
        return errors.stream().map(ImportError::code).toList();
    }

    private static PubliccodeImportOptions dryRun() {
        return new PubliccodeImportOptions(null, null, true, null,
                org.connectedcouncils.common.domain.CouncilCode.of("E06000043"), new java.util.TreeSet<>(
                        List.of("waste")), "user-brighton-editor");
    }

    private static CsvImport csvImport() {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        AuditAfterCommit transactions = fixture.data.transactions;
        return new CsvImport(new SolutionCsvImport(fixture.data.register, fixture.data.actor, transactions),
                new CouncilCsvImport(fixture.data.councils, fixture.data.actor, transactions, transactions),
                new RoleMappingCsvImport(fixture.data.councils, new AoRoleMappings(fixture.data.db.ao()),
                        fixture.data.actor, transactions, transactions), List.of());
    }

    private static InputStream utf8(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String minimalYaml() {
        try (InputStream in = BoundedInputsDbTest.class.getResourceAsStream("/publiccode/minimal.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Solution published() {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.publish(fixture.data.register.create(aSolution().build()).key());
    }

    private static Map<String, Object> entryBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Bin finder");
        body.put("summary", "Residents look up their bin day");
        body.put("kind", "software");
        body.put("phase", "beta");
        body.put("ownerCouncil", "E06000043");
        body.put("keyContact", "user-brighton-editor");
        body.put("serviceAreas", List.of("waste"));
        return body;
    }

    private static Map<String, Object> groupBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Waste digital forum");
        body.put("aim", "Share what works in online bin and recycling services.");
        body.put("serviceAreas", List.of("waste"));
        body.put("model", "community-of-practice");
        body.put("leadCouncil", "E06000043");
        body.put("memberCouncils", List.of());
        return body;
    }
}
