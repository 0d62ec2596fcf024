package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Adoptions and history of an entry over real HTTP on a real database. */
public class AdoptionResourceDbTest {

    private static final String USING = "{\"state\":\"using\",\"since\":\"2026-03-01\","
            + "\"evidenceUrl\":\"https://hackney.gov.uk/bins\"}";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    private Solution entry;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        entry = fixture.data.register.publish(fixture.data.register.create(aSolution().build()).key());
    }

    @Test
    public void declare_recordsAnUnconfirmedAdoptionAndCountsIt() {
        Result result = target.put(HACKNEY_EDITOR, adoption("E09000012"), USING);

        assertThat(result.status()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("solution").asText()).isEqualTo(entry.key().toString());
        assertThat(json.path("council").path("name").asText()).isEqualTo("London Borough of Hackney");
        assertThat(json.path("state").asText()).isEqualTo("using");
        assertThat(json.path("since").asText()).isEqualTo("2026-03-01");
        assertThat(json.path("declaredBy").asText()).isEqualTo("user-hackney-editor");
        assertThat(json.path("declaredAt").asText()).isEqualTo("2026-11-01T09:00:00Z");
        assertThat(json.path("confirmed").asBoolean()).isFalse();
        assertThat(target.get(VIEWER, "solutions/" + entry.key()).json().path("adoptions").path("using").asInt())
                .isEqualTo(1);
    }

    @Test
    public void declare_answers403ForACouncilTheUserDoesNotEditFor() {
        Result viewer = target.put(VIEWER, adoption("E09000012"), USING);
        Result otherCouncil = target.put(HACKNEY_EDITOR, adoption("E08000035"), USING);

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(otherCouncil.status()).isEqualTo(403);
        assertThat(otherCouncil.errorCodes()).containsExactly("connected-councils.denied.notCouncilEditor");
    }

    @Test
    public void declare_answers409OnADraftToWhoeverMaySeeIt() {
        Solution draft = fixture.data.register.create(aSolution().named("Draft").build());

        Result admin = target.put(ADMIN, "solutions/" + draft.key() + "/adoptions/E09000012", USING);
        Result otherCouncil = target.put(HACKNEY_EDITOR, "solutions/" + draft.key() + "/adoptions/E09000012", USING);

        assertThat(admin.status()).isEqualTo(409);
        assertThat(admin.errorCodes()).containsExactly("connected-councils.conflict.notPublished");
        assertThat(otherCouncil.status()).isEqualTo(404);
    }

    @Test
    public void declare_rejectsBadValuesNamingEachField() {
        Result result = target.put(HACKNEY_EDITOR, adoption("E09000012"),
                "{\"state\":\"loving-it\",\"since\":\"1st of March\"}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("state", "since");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.invalidValue",
                "connected-councils.error.date");
    }

    @Test
    public void declare_rejectsTheOwnerCouncilAndAnUnknownCouncil() {
        Result own = target.put(ADMIN, adoption("E06000043"), USING);
        Result unknown = target.put(ADMIN, adoption("E99999999"), USING);

        assertThat(own.status()).isEqualTo(400);
        assertThat(own.errorCodes()).containsExactly("connected-councils.error.ownCouncil");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("councilCode");
    }

    @Test
    public void declare_answers415ToAForm() {
        Result result = target.send(HACKNEY_EDITOR, "PUT", adoption("E09000012"),
                "application/x-www-form-urlencoded", "state=using");

        assertThat(result.status()).isEqualTo(415);
    }

    @Test
    public void confirm_byTheOwnerCouncilVerifiesTheAdoptionOnce() {
        target.put(HACKNEY_EDITOR, adoption("E09000012"), USING);

        Result first = target.post(BRIGHTON_EDITOR, adoption("E09000012") + "/confirm", "{}");
        Result second = target.post(BRIGHTON_EDITOR, adoption("E09000012") + "/confirm", "{}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("confirmed").asBoolean()).isTrue();
        assertThat(first.json().path("confirmedBy").asText()).isEqualTo("user-brighton-editor");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCodes()).containsExactly("connected-councils.conflict.alreadyConfirmed");
    }

    @Test
    public void confirm_answers403ToTheAdoptingCouncilAnd404WithoutADeclaration() {
        target.put(HACKNEY_EDITOR, adoption("E09000012"), USING);

        Result adopter = target.post(HACKNEY_EDITOR, adoption("E09000012") + "/confirm", "{}");
        Result undeclared = target.post(BRIGHTON_EDITOR, adoption("E08000035") + "/confirm", "{}");

        assertThat(adopter.status()).isEqualTo(403);
        assertThat(undeclared.status()).isEqualTo(404);
    }

    @Test
    public void adoptions_arePagedWithLinks() {
        target.put(HACKNEY_EDITOR, adoption("E09000012"), USING);
        target.put(ADMIN, adoption("E08000035"), "{\"state\":\"evaluating\"}");

        Result first = target.get(VIEWER, "solutions/" + entry.key() + "/adoptions?limit=1");
        Result all = target.get(VIEWER, "solutions/" + entry.key() + "/adoptions");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("size").asInt()).isEqualTo(1);
        assertThat(first.json().path("total").asInt()).isEqualTo(2);
        assertThat(first.json().path("_links").path("next").asText())
                .endsWith("/solutions/" + entry.key() + "/adoptions?limit=1&start=1");
        assertThat(councils(all.json())).containsExactlyInAnyOrder("E09000012", "E08000035");
    }

    @Test
    public void adoptions_answer404ForAnInvisibleEntryAnd401ForAnonymous() {
        Solution draft = fixture.data.register.create(aSolution().named("Draft").build());

        Result hidden = target.get(HACKNEY_EDITOR, "solutions/" + draft.key() + "/adoptions");
        Result anonymous = target.get(ANONYMOUS, "solutions/" + entry.key() + "/adoptions");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    public void history_listsEveryChangePaged() {
        Map<String, Object> edit = SolutionBodies.with("name", "Bin day finder");
        edit.put("version", entry.version());
        target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), HttpCalls.json(edit));

        Result page = target.get(VIEWER, "solutions/" + entry.key() + "/history?limit=1");
        Result all = target.get(VIEWER, "solutions/" + entry.key() + "/history?limit=100");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("size").asInt()).isEqualTo(1);
        assertThat(page.json().path("_links").path("next").isNull()).isFalse();
        List<String> fields = new ArrayList<>();
        all.json().path("results").forEach(h -> fields.add(h.path("field").asText()));
        assertThat(fields).contains("state", "name");
        JsonNode rename = find(all.json(), "name");
        assertThat(rename.path("oldValue").asText()).isEqualTo("Bin collection day finder");
        assertThat(rename.path("newValue").asText()).isEqualTo("Bin day finder");
        assertThat(rename.path("actor").asText()).isEqualTo("user-brighton-editor");
        assertThat(rename.path("at").asText()).isEqualTo("2026-11-01T09:00:00Z");
    }

    @Test
    public void history_rejectsALimitOver100() {
        Result result = target.get(VIEWER, "solutions/" + entry.key() + "/history?limit=500");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
    }

    private String adoption(String council) {
        return "solutions/" + entry.key() + "/adoptions/" + council;
    }

    private static List<String> councils(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("results").forEach(a -> codes.add(a.path("council").path("code").asText()));
        return codes;
    }

    private static JsonNode find(JsonNode page, String field) {
        for (JsonNode line : page.path("results")) {
            if (line.path("field").asText().equals(field)) {
                return line;
            }
        }
        throw new AssertionError("No history line for " + field + " in " + page);
    }
}
