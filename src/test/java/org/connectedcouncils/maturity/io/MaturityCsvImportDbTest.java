package org.connectedcouncils.maturity.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The admins' CSV imports of councils' self-assessments and offers to lead over real HTTP: the templates, "check
 * first" listing every error with its line and column, all rows or none, admins only, and export then re-import.
 */
public class MaturityCsvImportDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private static final String CSV = "text/csv";
    private static final String ASSESSMENTS = "admin/import/assessments";
    private static final String LEADERS = "admin/import/leaders";
    private static final String RATED = "council,area,level,date,justification,entries,links\r\n";
    private static final String LEADS = "council,area\r\n";
    private static final String GOOD_RATINGS = RATED
            + "E06000043,waste,3,2026-06-01,\"Bins booked online, reminders by text\",,"
            + "https://wiki.example.org/bins;https://wiki.example.org/texts\r\n"
            + "E09000012,parking,2,2026-05-10,Permits on paper,,\r\n";
    private static final String GOOD_LEADS = LEADS + "E06000043,waste\r\nE09000012,parking\r\n";

    @Before
    public void setUp() {
        fixture.reset();
    }

    private static List<String> errorPlaces(Result result) {
        List<String> where = new ArrayList<>();
        for (JsonNode e : result.json().path("errors")) {
            where.add(e.path("line").asInt() + ":" + e.path("field").asText());
        }
        return where;
    }

    private static long rows(String csvPath) {
        return fixture.http.get(VIEWER, csvPath).body().lines().count() - 1;
    }

    @Test
    public void templates_haveTheColumns() {
        assertThat(fixture.http.get(ADMIN, ASSESSMENTS + "/template.csv").body()).isEqualTo("\uFEFF" + RATED);
        assertThat(fixture.http.get(ADMIN, LEADERS + "/template.csv").body()).isEqualTo("\uFEFF" + LEADS);
        assertThat(fixture.http.get(BRIGHTON_EDITOR, LEADERS + "/template.csv").status()).isEqualTo(403);
    }

    @Test
    public void checkFirst_listsEveryErrorWithLineAndColumn_andWritesNothing() {
        String badRatings = RATED
                + "E06000043,waste,3,2026-06-01,Fine,,\r\n"
                + "E06000043,nowhere,7,2099-01-01,,CC-x,not-a-link\r\n"
                + "W99999999,waste,2,2026-01-01,Unknown council,,\r\n"
                + "E06000043,waste,three,31/12/2025,Bad cells,,\r\n";
        Result rated = fixture.http.send(ADMIN, "POST", ASSESSMENTS + "?dryRun=true", CSV, badRatings);

        assertThat(rated.status()).isEqualTo(400);
        assertThat(errorPlaces(rated)).containsExactly("3:area", "3:level", "3:date", "3:justification",
                "3:entries", "3:links", "4:council", "5:level", "5:date");

        String badLeads = LEADS + "E06000043,waste\r\nE06000043,nowhere\r\nnot-a-code,waste\r\nW99999999,waste\r\n";
        Result led = fixture.http.send(ADMIN, "POST", LEADERS + "?dryRun=true", CSV, badLeads);

        assertThat(led.status()).isEqualTo(400);
        assertThat(errorPlaces(led)).containsExactly("3:area", "4:council", "5:council");
        assertThat(rows("maturity/assessments.csv")).isZero();
        assertThat(rows("maturity/leaders.csv")).isZero();

        Result clean = fixture.http.send(ADMIN, "POST", ASSESSMENTS + "?dryRun=true", CSV, GOOD_RATINGS);
        assertThat(clean.status()).isEqualTo(200);
        assertThat(clean.json().path("rows").asInt()).isEqualTo(2);
        assertThat(clean.json().path("written").asInt()).isZero();
        assertThat(rows("maturity/assessments.csv")).isZero();
    }

    @Test
    public void realRun_writesAllOrNothing_andIsForAdminsOnly() {
        Result refused = fixture.http.send(ADMIN, "POST", ASSESSMENTS, CSV,
                GOOD_RATINGS + "E06000043,housing,9,2026-06-01,Off the scale,,\r\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"line\":4");
        assertThat(fixture.http.send(ADMIN, "POST", LEADERS, CSV, GOOD_LEADS + "E06000043,nowhere\r\n").status())
                .isEqualTo(400);
        assertThat(rows("maturity/assessments.csv")).isZero();
        assertThat(rows("maturity/leaders.csv")).isZero();

        assertThat(fixture.http.send(BRIGHTON_EDITOR, "POST", ASSESSMENTS, CSV, GOOD_RATINGS).status())
                .isEqualTo(403);
        assertThat(fixture.http.send(BRIGHTON_EDITOR, "POST", LEADERS, CSV, GOOD_LEADS).status()).isEqualTo(403);
        Result rated = fixture.http.send(ADMIN, "POST", ASSESSMENTS, CSV, GOOD_RATINGS);
        Result led = fixture.http.send(ADMIN, "POST", LEADERS, CSV, GOOD_LEADS);

        assertThat(rated.json().path("written").asInt()).isEqualTo(2);
        assertThat(led.json().path("written").asInt()).isEqualTo(2);
        JsonNode current = fixture.http.get(VIEWER, "maturity/councils/E06000043").json().path("results").get(0);
        assertThat(current.path("area").asText()).isEqualTo("waste");
        assertThat(current.path("level").asInt()).isEqualTo(3);
        assertThat(current.path("links")).hasSize(2);
        assertThat(fixture.http.get(VIEWER, "maturity/leaders?area=parking").json().path("results").get(0)
                .path("councilCode").asText()).isEqualTo("E09000012");
    }

    @Test
    public void exports_streamTheImportsColumns_andImportAgain() {
        fixture.http.send(ADMIN, "POST", ASSESSMENTS, CSV, GOOD_RATINGS);
        fixture.http.send(ADMIN, "POST", ASSESSMENTS, CSV, RATED + "E06000043,waste,4,2026-07-01,Better now,,\r\n");
        fixture.http.send(ADMIN, "POST", LEADERS, CSV, GOOD_LEADS);

        Result rated = fixture.http.get(VIEWER, "maturity/assessments.csv");
        Result led = fixture.http.get(VIEWER, "maturity/leaders.csv");

        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.body()).isEqualTo("\uFEFF" + RATED
                + "E06000043,waste,4,2026-07-01,Better now,,\r\n"
                + "E09000012,parking,2,2026-05-10,Permits on paper,,\r\n");
        assertThat(led.body()).isEqualTo("\uFEFF" + LEADS + "E09000012,parking\r\nE06000043,waste\r\n");
        assertThat(fixture.http.get(ANONYMOUS, "maturity/leaders.csv").status()).isEqualTo(401);

        Result again = fixture.http.send(ADMIN, "POST", ASSESSMENTS, CSV, rated.body().substring(1));
        assertThat(again.status()).isEqualTo(200);
        assertThat(fixture.http.send(ADMIN, "POST", LEADERS, CSV, led.body().substring(1)).status()).isEqualTo(200);
        assertThat(fixture.http.get(VIEWER, "maturity/assessments.csv").body()).isEqualTo(rated.body());
        assertThat(fixture.http.get(VIEWER, "maturity/leaders.csv").body()).isEqualTo(led.body());
    }
}
