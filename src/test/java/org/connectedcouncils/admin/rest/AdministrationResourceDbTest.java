package org.connectedcouncils.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code /admin/…} over real HTTP on a real database: admins only, JSON only, validated, audited. */
public class AdministrationResourceDbTest {

    private static final String MAPPING =
            "{\"type\":\"group\",\"principal\":\"brighton-digital\",\"councilCode\":\"E06000043\",\"role\":\"editor\"}";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void everyEndpoint_answersAnonymous401AndNonAdmins403() {
        List<String[]> calls = List.of(new String[] {"GET", "admin/settings", null},
                new String[] {"PUT", "admin/settings", "{\"fundingBidLeadLimit\":3,\"stalenessDays\":90}"},
                new String[] {"GET", "admin/mappings", null}, new String[] {"POST", "admin/mappings", MAPPING},
                new String[] {"POST", "admin/mappings/remove", MAPPING}, new String[] {"GET", "admin/councils", null},
                new String[] {"PUT", "admin/councils/E07000223", "{\"name\":\"Adur\",\"type\":\"district\"}"},
                new String[] {"GET", "admin/service-areas", null},
                new String[] {"PUT", "admin/service-areas/bins", "{\"name\":\"Bins\"}"},
                new String[] {"POST", "admin/service-areas/merge", "{\"from\":\"waste\",\"into\":\"parking\"}"});
        List<String> wrong = new ArrayList<>();

        for (String[] call : calls) {
            String type = call[2] == null ? null : "application/json";
            for (String user : List.of(ANONYMOUS, VIEWER, BRIGHTON_EDITOR)) {
                Result result = target.send(user, call[0], call[1], type, call[2]);
                int expected = user.equals(ANONYMOUS) ? 401 : 403;
                if (result.status() != expected) {
                    wrong.add(call[0] + " " + call[1] + " as " + user + ": " + result.status());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(fixture.data.audit.records()).isEmpty();
        assertThat(fixture.settings.load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    public void refusal_namesTheReasonInTheErrorBody() {
        Result result = target.get(VIEWER, "admin/settings");

        assertThat(result.errorCodes()).containsExactly("connected-councils.denied.notAdmin");
        assertThat(result.json().path("errors").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    public void settings_startWithTheDefaults() {
        Result result = target.get(ADMIN, "admin/settings");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("createGroup").isNull()).isTrue();
        assertThat(result.json().path("fundingBidLeadLimit").asInt()).isEqualTo(2);
        assertThat(result.json().path("stalenessDays").asInt()).isEqualTo(180);
    }

    @Test
    public void saveSettings_storesAuditsAndReadsBack() {
        Result saved = target.put(ADMIN, "admin/settings",
                "{\"createGroup\":\"register-editors\",\"fundingBidLeadLimit\":3,\"stalenessDays\":90}");
        Result read = target.get(ADMIN, "admin/settings");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read.json().path("createGroup").asText()).isEqualTo("register-editors");
        assertThat(fixture.settings.load()).isEqualTo(new AppSettings("register-editors", 3, 90));
        assertThat(fixture.data.audit.records()).extracting(AuditRecord::summaryKey)
                .containsExactly("connected-councils.audit.settings.changed");
    }

    @Test
    public void saveSettings_blankGroupMeansEveryLicensedUser() {
        Result saved = target.put(ADMIN, "admin/settings",
                "{\"createGroup\":\"  \",\"fundingBidLeadLimit\":2,\"stalenessDays\":180}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("createGroup").isNull()).isTrue();
    }

    @Test
    public void saveSettings_namesEveryBadFieldAndChangesNothing() {
        Result result = target.put(ADMIN, "admin/settings",
                "{\"createGroup\":\"<b>\",\"fundingBidLeadLimit\":0,\"stalenessDays\":5000}");
        Result missing = target.put(ADMIN, "admin/settings", "{\"createGroup\":null}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("createGroup", "fundingBidLeadLimit", "stalenessDays");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.group",
                "connected-councils.error.range", "connected-councils.error.range");
        assertThat(result.body()).doesNotContain("<b>");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("fundingBidLeadLimit", "stalenessDays");
        assertThat(fixture.settings.load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(fixture.data.audit.records()).isEmpty();
    }

    @Test
    public void writes_takeJsonOnly() {
        Result form = target.send(ADMIN, "PUT", "admin/settings", "application/x-www-form-urlencoded",
                "fundingBidLeadLimit=3&stalenessDays=90");
        Result text = target.send(ADMIN, "POST", "admin/mappings", "text/plain", MAPPING);
        Result none = target.send(ADMIN, "POST", "admin/service-areas/merge", null, null);
        Result noBody = target.send(ADMIN, "PUT", "admin/settings", "application/json", null);
        Result unknown = target.put(ADMIN, "admin/settings",
                "{\"fundingBidLeadLimit\":3,\"stalenessDays\":90,\"admin\":true}");

        assertThat(form.status()).isEqualTo(415);
        assertThat(text.status()).isEqualTo(415);
        assertThat(none.status()).isEqualTo(415);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.errorFields()).containsExactly("body");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fixture.settings.load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    public void mappings_addListPageAndRemove() {
        Result added = target.post(ADMIN, "admin/mappings", MAPPING);
        target.post(ADMIN, "admin/mappings",
                "{\"type\":\"user\",\"principal\":\"user-ann\",\"councilCode\":\"e09000012\",\"role\":\"member\"}");
        Result page = target.get(ADMIN, "admin/mappings?limit=1");
        Result removed = target.post(ADMIN, "admin/mappings/remove", MAPPING);
        Result again = target.post(ADMIN, "admin/mappings/remove", MAPPING);
        Result after = target.get(ADMIN, "admin/mappings");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("councilCode").asText()).isEqualTo("E06000043");
        assertThat(page.json().path("total").asInt()).isEqualTo(2);
        assertThat(page.json().path("size").asInt()).isEqualTo(1);
        assertThat(page.json().path("_links").path("next").asText())
                .isEqualTo("/rest/connected-councils/1.0/admin/mappings?limit=1&start=1");
        assertThat(removed.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(after.json().path("results").get(0).path("principal").asText()).isEqualTo("user-ann");
        assertThat(after.json().path("results").get(0).path("type").asText()).isEqualTo("user");
        assertThat(fixture.data.audit.records()).extracting(AuditRecord::summaryKey).containsExactly(
                "connected-councils.audit.mapping.added", "connected-councils.audit.mapping.added",
                "connected-councils.audit.mapping.removed");
    }

    @Test
    public void addMapping_namesEveryBadField() {
        Result result = target.post(ADMIN, "admin/mappings",
                "{\"type\":\"team\",\"principal\":\"\",\"councilCode\":\"<x>\",\"role\":\"owner\"}");
        Result unknownCouncil = target.post(ADMIN, "admin/mappings",
                "{\"type\":\"group\",\"principal\":\"g\",\"councilCode\":\"E06000999\",\"role\":\"editor\"}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("type", "role", "principal", "councilCode");
        assertThat(unknownCouncil.status()).isEqualTo(400);
        assertThat(unknownCouncil.errorFields()).containsExactly("councilCode");
        assertThat(fixture.mappings.list(PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void councils_addEditRetireAndList() {
        Result added = target.put(ADMIN, "admin/councils/e07000223",
                "{\"name\":\"Adur District Council\",\"type\":\"district\",\"region\":\"South East\"}");
        Result renamed = target.put(ADMIN, "admin/councils/E07000223",
                "{\"name\":\"Adur and Worthing\",\"type\":\"district\",\"region\":\"South East\"}");
        Result retired = target.put(ADMIN, "admin/councils/E07000223",
                "{\"name\":\"Adur and Worthing\",\"type\":\"district\",\"retired\":true}");
        Result list = target.get(ADMIN, "admin/councils?q=adur");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().path("code").asText()).isEqualTo("E07000223");
        assertThat(renamed.json().path("name").asText()).isEqualTo("Adur and Worthing");
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(list.json().path("total").asInt()).isEqualTo(1);
        assertThat(list.json().path("results").get(0).path("retired").asBoolean()).isTrue();
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223")).orElseThrow().retired()).isTrue();
        assertThat(fixture.data.audit.records()).hasSize(3);
    }

    @Test
    public void saveCouncil_namesEveryBadField() {
        Result result = target.put(ADMIN, "admin/councils/not%20a%20code", "{\"name\":\" \",\"type\":\"city\"}");
        Result tooLong = target.put(ADMIN, "admin/councils/E07000223",
                "{\"name\":\"" + "x".repeat(121) + "\",\"type\":\"district\"}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("code", "name", "type");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorFields()).containsExactly("name");
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void serviceAreas_addRenameRetireAndListPaged() {
        Result added = target.put(ADMIN, "admin/service-areas/bins", "{\"name\":\"Bins\"}");
        Result renamed = target.put(ADMIN, "admin/service-areas/bins", "{\"name\":\"Bin collection\"}");
        Result retired = target.put(ADMIN, "admin/service-areas/bins",
                "{\"name\":\"Bin collection\",\"retired\":true}");
        Result page = target.get(ADMIN, "admin/service-areas?limit=2");
        Result bad = target.put(ADMIN, "admin/service-areas/Bad%20Code", "{}");

        assertThat(added.status()).isEqualTo(200);
        assertThat(renamed.json().path("name").asText()).isEqualTo("Bin collection");
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        assertThat(page.json().path("total").asInt()).isEqualTo(fixture.data.serviceAreas.all().size());
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("code", "name");
    }

    @Test
    public void merge_movesEntriesAndRetiresTheFirstArea() {
        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        Solution entry = fixture.data.register.create(aSolution().build());
        String from = entry.content().serviceAreas().iterator().next();
        String into = fixture.data.serviceAreas.all().stream().map(a -> a.code()).filter(c -> !c.equals(from))
                .findFirst().orElseThrow();

        Result result = target.post(ADMIN, "admin/service-areas/merge",
                "{\"from\":\"" + from + "\",\"into\":\"" + into + "\"}");
        Result same = target.post(ADMIN, "admin/service-areas/merge",
                "{\"from\":\"" + into + "\",\"into\":\"" + into + "\"}");
        Result unknown = target.post(ADMIN, "admin/service-areas/merge", "{\"from\":\"nope\",\"into\":\"nada\"}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("moved").asInt()).isEqualTo(1);
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        assertThat(fixture.data.register.get(entry.key()).content().serviceAreas()).contains(into)
                .doesNotContain(from);
        JsonNode retired = find(target.get(ADMIN, "admin/service-areas?limit=100").json(), from);
        assertThat(retired.path("retired").asBoolean()).isTrue();
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.errorFields()).containsExactly("into");
        assertThat(unknown.errorFields()).containsExactly("from", "into");
    }

    @Test
    public void lists_rejectBadPaging() {
        Result result = target.get(ADMIN, "admin/mappings?limit=1000");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
    }

    private static JsonNode find(JsonNode page, String code) {
        for (JsonNode area : page.path("results")) {
            if (area.path("code").asText().equals(code)) {
                return area;
            }
        }
        throw new AssertionError("No service area " + code);
    }
}
