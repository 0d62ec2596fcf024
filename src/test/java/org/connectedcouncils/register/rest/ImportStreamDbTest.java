package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The admin CSV import answered as application/x-ndjson over real HTTP: progress lines, then one outcome line;
 * everything that has a status of its own is answered before the stream starts.
 */
public class ImportStreamDbTest {

    private static final String CSV = "text/csv";
    private static final String NDJSON = "application/x-ndjson";
    private static final String HEADER = "name,summary,kind,phase,ownerCouncil,serviceAreas\r\n";
    private static final int ROWS = 300;

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void importFile_streamsRisingProgressThenTheResultAndWritesEveryRow() {
        Result result = target.send(ADMIN, "POST", "admin/import/solutions", CSV, NDJSON, solutions(ROWS));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(NDJSON));
        assertThat(result.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(result.headers().firstValue("X-Accel-Buffering")).hasValue("no");
        List<JsonNode> lines = lines(result);
        List<JsonNode> progress = lines.subList(0, lines.size() - 1);
        assertThat(progress).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("type").asText()).isEqualTo("progress");
            assertThat(p.path("total").asInt()).isEqualTo(ROWS);
        });
        assertThat(progress).hasSize(101); // rows 1, 3, 6, … 300: every hundredth of 300
        List<Integer> done = progress.stream().map(p -> p.path("done").asInt()).toList();
        assertThat(done).isSorted().doesNotHaveDuplicates().startsWith(1).endsWith(ROWS);
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("result");
        assertThat(last.path("dryRun").asBoolean()).isFalse();
        assertThat(last.path("rows").asInt()).isEqualTo(ROWS);
        assertThat(last.path("written").asInt()).isEqualTo(ROWS);
        assertThat(stored()).isEqualTo(ROWS);
    }

    @Test
    public void importFile_dryRunStreamsProgressAndWritesNothing() {
        Result result = target.send(ADMIN, "POST", "admin/import/solutions?dryRun=true", CSV, NDJSON,
                solutions(ROWS));

        List<JsonNode> lines = lines(result);
        assertThat(lines.get(lines.size() - 2).path("done").asInt()).isEqualTo(ROWS);
        JsonNode last = lines.get(lines.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("result");
        assertThat(last.path("dryRun").asBoolean()).isTrue();
        assertThat(last.path("rows").asInt()).isEqualTo(ROWS);
        assertThat(last.path("written").asInt()).isZero();
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_withBadRowsEndsWithTheirLinesAndWritesNothing() {
        String csv = solutions(10) + "Bad kind,Fine,gizmo,beta,E06000043,waste\r\n"
                + "Bad phase,Fine,software,gamma,E06000043,waste\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/solutions", CSV, NDJSON, csv);

        assertThat(result.status()).isEqualTo(200);
        JsonNode last = lines(result).get(lines(result).size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("errors");
        assertThat(last.path("status").asInt()).isEqualTo(400);
        List<Integer> errorLines = new ArrayList<>();
        last.path("errors").forEach(e -> errorLines.add(e.path("line").asInt()));
        assertThat(errorLines).containsExactlyInAnyOrder(12, 13);
        assertThat(last.path("errors").get(0).path("message").asText()).isNotBlank();
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_overTheSizeLimitEndsWithErrorsOfStatus413() {
        String csv = HEADER + "Big,\"" + "x".repeat(5 * 1024 * 1024) + "\",software,beta,E06000043,waste\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/solutions", CSV, NDJSON, csv);

        assertThat(result.status()).isEqualTo(200);
        List<JsonNode> lines = lines(result);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).path("type").asText()).isEqualTo("errors");
        assertThat(lines.get(0).path("status").asInt()).isEqualTo(413);
        assertThat(lines.get(0).path("errors").get(0).path("code").asText())
                .isEqualTo("connected-councils.io.error.tooLarge");
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_refusesEditorsWith403BeforeStreaming() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", "admin/import/solutions", CSV, NDJSON, solutions(3));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.errorCodes()).containsExactly("connected-councils.denied.notAdmin");
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_badQueryOrKindOrTypeAnswersItsStatusBeforeStreaming() {
        Result query = target.send(ADMIN, "POST", "admin/import/solutions?dryRun=maybe", CSV, NDJSON, solutions(3));
        Result kind = target.send(ADMIN, "POST", "admin/import/spaces", CSV, NDJSON, solutions(3));
        Result type = target.send(ADMIN, "POST", "admin/import/solutions", "text/plain", NDJSON, solutions(3));

        assertThat(query.status()).isEqualTo(400);
        assertThat(query.errorFields()).containsExactly("dryRun");
        assertThat(kind.status()).isEqualTo(404);
        assertThat(type.status()).isEqualTo(415);
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_withoutAcceptOrAcceptingAnythingStillAnswersJson() {
        Result none = target.send(ADMIN, "POST", "admin/import/solutions?dryRun=true", CSV, null, solutions(3));
        Result any = target.send(ADMIN, "POST", "admin/import/solutions?dryRun=true", CSV, "*/*", solutions(3));

        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(none.json().path("rows").asInt()).isEqualTo(3);
        assertThat(any.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
    }

    // ----- helpers -----

    private static String solutions(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append("Imported tool ").append(i).append(",Fine,software,beta,E06000043,waste\r\n");
        }
        return csv.toString();
    }

    private static List<JsonNode> lines(Result result) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.body().split("\n")) {
            if (!line.isBlank()) {
                lines.add(new Result(200, result.headers(), line).json());
            }
        }
        return lines;
    }

    private static long stored() {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.list(SolutionQuery.all()).page().total();
    }
}
