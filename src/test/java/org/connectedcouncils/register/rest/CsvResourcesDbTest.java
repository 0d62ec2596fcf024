package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code GET /solutions.csv} and the admin CSV import over real HTTP on H2 (and PostgreSQL in the second run). */
public class CsvResourcesDbTest {

    private static final String BOM = "\uFEFF";
    private static final String CSV = "text/csv";
    private static final String COUNCILS = "code,name,type,region\r\n"
            + "E07000223,Adur District Council,district,South East\r\n"
            + "E07000224,Arun District Council,district,South East\r\n";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    // ----- export -----

    @Test
    public void export_answersABomTheTablesHeadingsAndOneRowPerEntryAsAnAttachment() {
        published(aSolution().build());

        Result result = target.get(VIEWER, "solutions.csv");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/csv").contains("charset=utf-8"));
        assertThat(result.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"solutions.csv\"");
        assertThat(result.body()).isEqualTo(BOM + "Name,Phase,Owner council,Service areas,Councils using\r\n"
                + "Bin collection day finder,beta,E06000043,waste,0\r\n");
    }

    @Test
    public void export_neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        published(aSolution().named("=HYPERLINK(\"http://evil.example\")").build());

        Result result = target.get(VIEWER, "solutions.csv?columns=name");

        assertThat(result.body()).isEqualTo(BOM + "Name\r\n\"'=HYPERLINK(\"\"http://evil.example\"\")\"\r\n");
    }

    @Test
    public void export_showsDraftsOnlyToThoseWhoMaySeeThem() {
        published(aSolution().named("Public one").build());
        draft(aSolution().named("Hackney draft").ownedBy(HACKNEY).withKeyContact("user-hackney-editor")
                .build());

        Result viewer = target.get(VIEWER, "solutions.csv?columns=name");
        Result brighton = target.get(BRIGHTON_EDITOR, "solutions.csv?columns=name");
        Result hackney = target.get(HACKNEY_EDITOR, "solutions.csv?columns=name&sort=name");

        assertThat(viewer.body()).isEqualTo(BOM + "Name\r\nPublic one\r\n");
        assertThat(brighton.body()).isEqualTo(BOM + "Name\r\nPublic one\r\n");
        assertThat(hackney.body()).isEqualTo(BOM + "Name\r\nHackney draft\r\nPublic one\r\n");
    }

    @Test
    public void export_takesTheListFiltersSortAndColumnsButNotThePage() {
        for (int i = 0; i < 3; i++) {
            published(aSolution().named("Beta " + i).build());
        }
        published(aSolution().named("Alpha one").withPhase(Phase.ALPHA).build());

        Result result = target.get(VIEWER, "solutions.csv?phase=beta&sort=-name&columns=key,name&columns=phase"
                + "&limit=1");

        String[] lines = result.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(BOM + "Key,Name,Phase");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).endsWith(",Beta 2,beta");
        assertThat(lines[3]).endsWith(",Beta 0,beta");
    }

    @Test
    public void export_badFilterOrColumnAnswers400NamingIt() {
        Result result = target.get(VIEWER, "solutions.csv?phase=gamma&columns=name,password");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("phase");
        Result columns = target.get(VIEWER, "solutions.csv?columns=name,password");
        assertThat(columns.status()).isEqualTo(400);
        assertThat(columns.errorFields()).containsExactly("columns");
    }

    @Test
    public void export_anonymousAnswers401() {
        Result result = target.get(ANONYMOUS, "solutions.csv");

        assertThat(result.status()).isEqualTo(401);
    }

    // ----- admin import -----

    @Test
    public void template_isTheHeaderRowAsACsvAttachment() {
        Result result = target.get(ADMIN, "admin/import/councils/template.csv");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo(BOM + "code,name,type,region,retired\r\n");
        assertThat(result.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"councils-template.csv\"");
    }

    @Test
    public void template_isForAdminsOnlyAndKnowsTwoKinds() {
        assertThat(target.get(BRIGHTON_EDITOR, "admin/import/solutions/template.csv").status()).isEqualTo(403);
        assertThat(target.get(ANONYMOUS, "admin/import/solutions/template.csv").status()).isEqualTo(401);
        assertThat(target.get(ADMIN, "admin/import/spaces/template.csv").status()).isEqualTo(404);
    }

    @Test
    public void importFile_dryRunCountsTheRowsAndWritesNothing() {
        Result result = target.send(ADMIN, "POST", "admin/import/councils?dryRun=true", CSV, COUNCILS);

        assertThat(result.status()).isEqualTo(200);
        JsonNode body = result.json();
        assertThat(body.path("dryRun").asBoolean()).isTrue();
        assertThat(body.path("rows").asInt()).isEqualTo(2);
        assertThat(body.path("written").asInt()).isZero();
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void importFile_writesEveryRow() {
        Result result = target.send(ADMIN, "POST", "admin/import/councils", "text/csv; charset=utf-8", COUNCILS);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("written").asInt()).isEqualTo(2);
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000224"))).isPresent();
    }

    @Test
    public void importFile_withOneBadRowAnswers400WithColumnAndLineAndWritesNoRow() {
        String csv = COUNCILS + "E07000225,Brighton again,parish-of-nowhere,South East\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/councils", CSV, csv);

        assertThat(result.status()).isEqualTo(400);
        JsonNode error = result.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("type");
        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertThat(error.path("message").asText()).contains("parish-of-nowhere");
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void importFile_ofSolutionsIsAllOrNothingThroughTheRegistersRules() {
        String csv = "name,summary,kind,phase,ownerCouncil,serviceAreas\r\n"
                + "Good one,Fine,software,beta,E06000043,waste\r\n"
                + "Bad area,Fine,software,beta,E06000043,nowhere\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/solutions", CSV, csv);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(stored()).isZero();
    }

    @Test
    public void importFile_brokenQuotingAnswers400() {
        String csv = "code,name,type,region\r\nE07000223,\"Adur District Council,district,South East\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/councils", CSV, csv);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.csv.brokenQuoting");
    }

    @Test
    public void importFile_isRefusedToEditorsWith403AndWritesNothing() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", "admin/import/councils", CSV, COUNCILS);

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.errorCodes()).containsExactly("connected-councils.denied.notAdmin");
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void importFile_takesTextCsvOnly() {
        Result plain = target.send(ADMIN, "POST", "admin/import/councils", "text/plain", COUNCILS);
        Result form = target.send(ADMIN, "POST", "admin/import/councils", "application/x-www-form-urlencoded",
                COUNCILS);
        Result none = target.send(ADMIN, "POST", "admin/import/councils", null, COUNCILS);

        assertThat(plain.status()).isEqualTo(415);
        assertThat(form.status()).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void importFile_overTheSizeLimitAnswers413() {
        String csv = COUNCILS + "E07000225,\"" + "x".repeat(5 * 1024 * 1024) + "\",district,\r\n";

        Result result = target.send(ADMIN, "POST", "admin/import/councils", CSV, csv);

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorCodes()).containsExactly("connected-councils.io.error.tooLarge");
    }

    // ----- helpers -----

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
}
