package org.connectedcouncils.maturity.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
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
 * The admins' CSV import of councils' commitments over real HTTP: the template, "check first" listing every error
 * with its line and column, and the real run writing every row in one transaction or none.
 */
public class CommitmentCsvImportDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private static final String CSV = "text/csv";
    private static final String HEADER = "council,kind,title,status,madeOn,dueBy,metOn,group\r\n";
    private static final String GOOD = HEADER
            + "E06000043,declaration,Local Digital Declaration,signed,2025-06-01,,,\r\n"
            + "E09000012,publish,\"Publish our projects, all of them\",in-progress,2026-01-10,2027-01-01,,\r\n";

    @Before
    public void setUp() {
        fixture.reset();
    }

    private static int stored() {
        return fixture.http.get(VIEWER, "maturity/commitments").json().path("total").asInt();
    }

    @Test
    public void template_hasTheColumns() {
        Result template = fixture.http.get(ADMIN, "admin/import/commitments/template.csv");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).isEqualTo("\uFEFF" + HEADER);
    }

    @Test
    public void checkFirst_listsEveryErrorWithLineAndColumn_andWritesNothing() {
        String bad = HEADER
                + "E06000043,declaration,,signed,2025-06-01,,,\r\n"
                + "E06000043,promise,,signed,01/06/2025,,,\r\n"
                + "W99999999,other,,met,2025-06-01,2024-01-01,,WG-x\r\n"
                + "E06000043,lead-group,,planned,,,,WG-999\r\n";

        Result result = fixture.http.send(ADMIN, "POST", "admin/import/commitments?dryRun=true", CSV, bad);

        assertThat(result.status()).isEqualTo(400);
        List<String> where = new ArrayList<>();
        for (JsonNode e : result.json().path("errors")) {
            where.add(e.path("line").asInt() + ":" + e.path("field").asText());
        }
        assertThat(where).contains("3:kind", "3:madeOn", "4:group", "5:group").doesNotContain("2:title");
        assertThat(stored()).isZero();

        Result clean = fixture.http.send(ADMIN, "POST", "admin/import/commitments?dryRun=true", CSV, GOOD);
        assertThat(clean.status()).isEqualTo(200);
        assertThat(clean.json().path("rows").asInt()).isEqualTo(2);
        assertThat(clean.json().path("written").asInt()).isZero();
        assertThat(stored()).isZero();
    }

    @Test
    public void realRun_writesAllOrNothing_andIsForAdminsOnly() {
        String oneBad = GOOD + "E06000043,other,,met,2025-06-01,,,\r\n";
        Result refused = fixture.http.send(ADMIN, "POST", "admin/import/commitments", CSV, oneBad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"line\":4");
        assertThat(stored()).isZero();

        assertThat(fixture.http.send(BRIGHTON_EDITOR, "POST", "admin/import/commitments", CSV, GOOD).status())
                .isEqualTo(403);
        Result written = fixture.http.send(ADMIN, "POST", "admin/import/commitments", CSV, GOOD);
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().path("written").asInt()).isEqualTo(2);
        assertThat(fixture.http.get(VIEWER, "maturity/commitments?status=in-progress").json().path("results")
                .get(0).path("title").asText()).isEqualTo("Publish our projects, all of them");
    }

    @Test
    public void export_streamsTheImportsColumns_andImportsAgain() {
        assertThat(fixture.http.send(ADMIN, "POST", "admin/import/commitments", CSV, GOOD).status()).isEqualTo(200);

        Result all = fixture.http.get(VIEWER, "maturity/commitments.csv");
        Result signed = fixture.http.get(VIEWER, "maturity/commitments.csv?status=signed");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).startsWith("\uFEFF" + HEADER).contains(
                "E06000043,declaration,Local Digital Declaration,signed,2025-06-01,,,\r\n",
                "E09000012,publish,\"Publish our projects, all of them\",in-progress,2026-01-10,2027-01-01,,\r\n");
        assertThat(signed.body().lines().count()).isEqualTo(2);
        assertThat(fixture.http.get(VIEWER, "maturity/commitments.csv?kind=nope").status()).isEqualTo(400);
        assertThat(fixture.http.send(ADMIN, "POST", "admin/import/commitments?dryRun=true", CSV,
                all.body().substring(1)).status()).isEqualTo(200);
    }
}
