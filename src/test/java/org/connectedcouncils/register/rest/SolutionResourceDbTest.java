package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.rest.SolutionBodies.money;
import static org.connectedcouncils.register.rest.SolutionBodies.valid;
import static org.connectedcouncils.register.rest.SolutionBodies.with;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code /solutions} over real HTTP on a real database (H2, and PostgreSQL in the second run). */
public class SolutionResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    // ----- reading -----

    @Test
    public void list_returnsSummariesInTheSharedJsonContract() {
        Solution entry = published(aSolution().build());

        Result result = target.get(VIEWER, "solutions");

        assertThat(result.status()).isEqualTo(200);
        JsonNode item = result.json().path("results").get(0);
        assertThat(item.path("key").asText()).isEqualTo(entry.key().toString());
        assertThat(item.path("name").asText()).isEqualTo("Bin collection day finder");
        assertThat(item.path("kind").asText()).isEqualTo("software");
        assertThat(item.path("phase").asText()).isEqualTo("beta");
        assertThat(item.path("state").asText()).isEqualTo("published");
        assertThat(item.path("ownerCouncil").path("code").asText()).isEqualTo("E06000043");
        assertThat(item.path("ownerCouncil").path("name").asText()).isEqualTo("Brighton and Hove City Council");
        assertThat(item.path("serviceAreas").toString()).isEqualTo("[\"waste\"]");
        assertThat(item.path("offers").toString()).isEqualTo("[\"share-code\"]");
        assertThat(item.path("adoptions").toString())
                .isEqualTo("{\"evaluating\":0,\"using\":0,\"stopped\":0,\"lapsed\":0}");
        assertThat(item.path("updated").asText()).isEqualTo("2026-11-01T09:00:00Z");
        assertThat(item.path("lastConfirmed").asText()).isEqualTo("2026-11-01T09:00:00Z");
        assertThat(item.path("version").asInt()).isEqualTo(entry.version());
        assertThat(item.path("_links").path("self").asText())
                .isEqualTo("/rest/connected-councils/1.0/solutions/" + entry.key());
    }

    @Test
    public void list_pagesWithNextAndPrevLinksKeepingTheFilter() {
        for (int i = 0; i < 5; i++) {
            published(aSolution().named("Entry " + i).build());
        }

        Result middle = target.get(VIEWER, "solutions?phase=beta&sort=name&start=2&limit=2");
        Result first = target.get(VIEWER, "solutions?phase=beta&sort=name&limit=2");
        Result last = target.get(VIEWER, "solutions?phase=beta&sort=name&start=4&limit=2");

        JsonNode page = middle.json();
        assertThat(page.path("start").asInt()).isEqualTo(2);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isEqualTo(5);
        assertThat(names(page)).containsExactly("Entry 2", "Entry 3");
        assertThat(page.path("_links").path("self").asText())
                .isEqualTo("/rest/connected-councils/1.0/solutions?phase=beta&sort=name&start=2&limit=2");
        assertThat(page.path("_links").path("next").asText())
                .isEqualTo("/rest/connected-councils/1.0/solutions?phase=beta&sort=name&start=4&limit=2");
        assertThat(page.path("_links").path("prev").asText())
                .isEqualTo("/rest/connected-councils/1.0/solutions?phase=beta&sort=name&start=0&limit=2");
        assertThat(first.json().path("_links").path("prev").isNull()).isTrue();
        assertThat(last.json().path("size").asInt()).isEqualTo(1);
        assertThat(last.json().path("_links").path("next").isNull()).isTrue();
    }

    @Test
    public void list_countsFacetsForTheFilter() {
        published(aSolution().withPhase(Phase.BETA).build());
        published(aSolution().withPhase(Phase.BETA).inAreas("waste", "housing").build());
        published(aSolution().withPhase(Phase.LIVE).withKind(SolutionKind.SERVICE).build());

        Result result = target.get(VIEWER, "solutions?serviceArea=waste");

        JsonNode facets = result.json().path("facets");
        assertThat(facets.path("phase").path("beta").asLong()).isEqualTo(2);
        assertThat(facets.path("phase").path("live").asLong()).isEqualTo(1);
        assertThat(facets.path("kind").path("software").asLong()).isEqualTo(2);
        assertThat(facets.path("kind").path("service").asLong()).isEqualTo(1);
        assertThat(facets.path("serviceArea").path("waste").asLong()).isEqualTo(3);
        assertThat(facets.path("serviceArea").path("housing").asLong()).isEqualTo(1);
        assertThat(facets.path("offer").path("share-code").asLong()).isEqualTo(3);
    }

    @Test
    public void list_filtersByRepeatedPhaseKindAndText() {
        published(aSolution().named("Bin finder").withPhase(Phase.BETA).build());
        published(aSolution().named("Bin planner").withPhase(Phase.LIVE).build());
        published(aSolution().named("Parking permits").withSummary("Pay for a permit online").withPhase(Phase.LIVE)
                .build());
        published(aSolution().named("Bin archive").withPhase(Phase.ALPHA).build());

        Result result = target.get(VIEWER, "solutions?phase=beta&phase=live&kind=software&q=bins&sort=name");

        assertThat(names(result.json())).containsExactly("Bin finder", "Bin planner");
    }

    @Test
    public void list_issuesTheSameNumberOfStatementsWhateverThePageSize() {
        for (int i = 0; i < 2; i++) {
            published(aSolution().named("Entry " + i).inAreas("waste", "housing").build());
        }
        int small = statementsFor(VIEWER, "solutions");
        for (int i = 2; i < 12; i++) {
            published(aSolution().named("Entry " + i).inAreas("waste", "housing").build());
        }

        int large = statementsFor(VIEWER, "solutions");

        assertThat(large).isEqualTo(small);
    }

    @Test
    public void list_rejectsBadParametersNamingEachOne() {
        Result result = target.get(VIEWER, "solutions?phase=gamma&limit=500&start=-1&sort=colour&council=x");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("phase", "council", "sort", "start", "limit");
        assertThat(result.json().path("errors").get(0).path("message").asText())
                .isEqualTo("'gamma' is not an allowed value (use one of: concept, discovery, alpha, beta, live, "
                        + "retired).");
    }

    @Test
    public void list_rejectsANonNumericLimit() {
        Result result = target.get(VIEWER, "solutions?limit=ten");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("limit");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.notNumber");
    }

    @Test
    public void list_answersAnonymousWith401() {
        Result result = target.get(ANONYMOUS, "solutions");

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.notAuthenticated");
    }

    @Test
    public void list_showsDraftsOnlyToTheirCouncil() {
        draft(aSolution().named("Brighton draft").build());
        published(aSolution().named("Published").build());

        Result viewer = target.get(VIEWER, "solutions");
        Result editor = target.get(BRIGHTON_EDITOR, "solutions?sort=name");

        assertThat(names(viewer.json())).containsExactly("Published");
        assertThat(names(editor.json())).containsExactly("Brighton draft", "Published");
    }

    @Test
    public void get_returnsTheWholeEntryWithMoneyAndIsoDates() {
        Solution entry = published(aSolution().build());

        Result result = target.get(VIEWER, "solutions/" + entry.key());

        assertThat(result.status()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("oneOffCost").toString()).isEqualTo("{\"amount\":2500000,\"currency\":\"GBP\"}");
        assertThat(json.path("annualSaving").path("amount").asLong()).isEqualTo(1_200_000);
        assertThat(json.path("description").asText()).startsWith("A small service");
        assertThat(json.path("softwareType").asText()).isEqualTo("standalone/web");
        assertThat(json.path("budgetBand").asText()).isEqualTo("from-10k-to-50k");
        assertThat(json.path("created").asText()).isEqualTo("2026-11-01T09:00:00Z");
        assertThat(json.path("createdBy").asText()).isEqualTo("user-admin");
        assertThat(json.path("platforms").toString()).isEqualTo("[\"web\"]");
    }

    @Test
    public void get_answersADraftOfAnotherCouncilExactlyLikeAMissingEntry() {
        Solution draft = draft(aSolution().build());

        Result hidden = target.get(HACKNEY_EDITOR, "solutions/" + draft.key());
        Result missing = target.get(HACKNEY_EDITOR, "solutions/CC-99999");
        Result unreadable = target.get(HACKNEY_EDITOR, "solutions/not-a-key");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(unreadable.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(missing.body()).isEqualTo(unreadable.body());
        assertThat(hidden.body()).doesNotContain(draft.key().toString());
    }

    // ----- writing -----

    @Test
    public void create_answers201WithLocationAndTheNewDraft() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(valid()));

        assertThat(result.status()).isEqualTo(201);
        JsonNode json = result.json();
        assertThat(json.path("state").asText()).isEqualTo("draft");
        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.path("oneOffCost").path("amount").asLong()).isEqualTo(125000);
        assertThat(result.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/rest/connected-councils/1.0/solutions/"
                        + json.path("key").asText()));
    }

    @Test
    public void create_rejectsInvalidValuesNamingEachFieldWithTextFromI18n() {
        Map<String, Object> body = valid();
        body.put("name", " ");
        body.put("landingUrl", "ftp://example.org");
        body.put("annualSaving", money(-5));

        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name", "landingUrl", "annualSaving.amount");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.required",
                "connected-councils.error.url", "connected-councils.error.negative");
        assertThat(result.json().path("errors").get(0).path("message").asText())
                .isEqualTo(fixture.messages.text("connected-councils.error.required"));
        assertThat(storedEntries()).isZero();
    }

    @Test
    public void create_rejectsAnOverLongName() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("name", "x".repeat(121))));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("name");
        assertThat(result.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Must be at most 120 characters.");
    }

    @Test
    public void create_doesNotEchoAHugeBadValueBack() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("licence", "L".repeat(100_000))));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("licence");
        assertThat(result.body().length()).isLessThan(1_000);
    }

    @Test
    public void create_rejectsAnUnknownEnumValueNamingTheField() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions",
                HttpCalls.json(with("offers", List.of("share-code", "free-lunch"))));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("offers");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.invalidValue");
    }

    @Test
    public void create_rejectsAnUnknownField() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("colour", "green")));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("colour");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.unknownField");
    }

    @Test
    public void create_rejectsWrongTypesNamingThePath() {
        Result list = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("serviceAreas", "waste")));
        Result amount = target.post(BRIGHTON_EDITOR, "solutions",
                HttpCalls.json(with("oneOffCost", Map.of("amount", "lots", "currency", "GBP"))));

        assertThat(list.status()).isEqualTo(400);
        assertThat(list.errorFields()).containsExactly("serviceAreas");
        assertThat(list.errorCodes()).containsExactly("connected-councils.error.wrongType");
        assertThat(amount.status()).isEqualTo(400);
        assertThat(amount.errorFields()).containsExactly("oneOffCost.amount");
    }

    @Test
    public void create_rejectsMalformedJson() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", "{\"name\": \"Bin finder\",");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.malformedJson");
    }

    @Test
    public void create_rejectsAnEmptyBody() {
        Result result = target.post(BRIGHTON_EDITOR, "solutions", "");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("body");
    }

    @Test
    public void create_answers415ToFormTextAndMultipartBodies() {
        String json = HttpCalls.json(valid());

        Result form = target.send(BRIGHTON_EDITOR, "POST", "solutions", "application/x-www-form-urlencoded",
                "name=Bin+finder");
        Result text = target.send(BRIGHTON_EDITOR, "POST", "solutions", "text/plain", json);
        Result multipart = target.send(BRIGHTON_EDITOR, "POST", "solutions",
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--");

        assertThat(List.of(form.status(), text.status(), multipart.status())).containsOnly(415);
        assertThat(text.errorCodes()).containsExactly("connected-councils.error.unsupportedMediaType");
        assertThat(storedEntries()).isZero();
    }

    @Test
    public void create_answers403ForAnotherCouncilsEditorAnd401ForAnonymous() {
        Result other = target.post(HACKNEY_EDITOR, "solutions", HttpCalls.json(valid()));
        Result anonymous = target.post(ANONYMOUS, "solutions", HttpCalls.json(valid()));

        assertThat(other.status()).isEqualTo(403);
        assertThat(other.errorCodes()).containsExactly("connected-councils.denied.notCouncilEditor");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    public void update_savesWithTheCurrentVersion() {
        Solution entry = draft(aSolution().build());
        Map<String, Object> body = with("name", "Bin day finder");
        body.put("version", entry.version());

        Result result = target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("name").asText()).isEqualTo("Bin day finder");
        assertThat(result.json().path("version").asInt()).isEqualTo(entry.version() + 1);
    }

    @Test
    public void update_answers409WithTheCurrentVersionWhenStale() {
        Solution entry = draft(aSolution().build());
        Map<String, Object> body = with("name", "First edit");
        body.put("version", entry.version());
        target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), HttpCalls.json(body));
        body.put("name", "Second edit from the same old version");

        Result result = target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(409);
        assertThat(result.json().path("currentVersion").asInt()).isEqualTo(entry.version() + 1);
        assertThat(result.errorFields()).containsExactly("version");
        assertThat(result.errorCodes()).containsExactly("connected-councils.conflict.staleVersion");
        assertThat(target.get(BRIGHTON_EDITOR, "solutions/" + entry.key()).json().path("name").asText())
                .isEqualTo("First edit");
    }

    @Test
    public void update_letsOnlyOneOfTwoSimultaneousEditsOfTheSameVersionWin() throws Exception {
        Solution entry = draft(aSolution().build());
        Map<String, Object> first = with("name", "First");
        first.put("version", entry.version());
        Map<String, Object> second = with("name", "Second");
        second.put("version", entry.version());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Result> a = pool.submit(() -> target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(),
                    HttpCalls.json(first)));
            Future<Result> b = pool.submit(() -> target.put(ADMIN, "solutions/" + entry.key(),
                    HttpCalls.json(second)));

            List<Integer> statuses = List.of(a.get().status(), b.get().status());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(fixture.data.store.find(entry.key()).orElseThrow().version()).isEqualTo(entry.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void update_requiresTheVersion() {
        Solution entry = draft(aSolution().build());

        Result result = target.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), HttpCalls.json(valid()));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactly("version");
    }

    @Test
    public void update_answers403ToAReaderWhoMayNotEdit() {
        Solution entry = published(aSolution().build());
        Map<String, Object> body = with("version", entry.version());

        Result result = target.put(HACKNEY_EDITOR, "solutions/" + entry.key(), HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(403);
        assertThat(result.errorCodes()).containsExactly("connected-councils.denied.notEditor");
    }

    @Test
    public void update_answers404ForAnEntryTheEditorCannotSee() {
        Solution entry = draft(aSolution().build());
        Map<String, Object> body = with("version", entry.version());

        Result result = target.put(HACKNEY_EDITOR, "solutions/" + entry.key(), HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(404);
    }

    @Test
    public void publish_makesTheDraftVisibleAndAnswers409TheSecondTime() {
        Solution entry = draft(aSolution().build());

        Result first = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/publish", "{}");
        Result second = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/publish", "{}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("state").asText()).isEqualTo("published");
        assertThat(target.get(VIEWER, "solutions/" + entry.key()).status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorCodes()).containsExactly("connected-councils.conflict.alreadyPublished");
    }

    @Test
    public void publish_answers415WithoutAJsonContentType() {
        Solution entry = draft(aSolution().build());

        Result result = target.send(BRIGHTON_EDITOR, "POST", "solutions/" + entry.key() + "/publish",
                "application/x-www-form-urlencoded", "");

        assertThat(result.status()).isEqualTo(415);
        assertThat(fixture.data.store.find(entry.key()).orElseThrow().isPublished()).isFalse();
    }

    @Test
    public void retire_movesTheEntryToRetired() {
        Solution entry = published(aSolution().build());

        Result result = target.post(ADMIN, "solutions/" + entry.key() + "/retire", "{\"reason\":\"Replaced\"}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("phase").asText()).isEqualTo("retired");
    }

    @Test
    public void confirm_recordsThatTheEntryIsStillCurrent() {
        Solution entry = published(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(30));

        Result result = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/confirm", "{}");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("lastConfirmed").asText()).isEqualTo("2026-12-01T09:00:00Z");
    }

    // ----- due for confirmation -----

    @Test
    public void get_saysConfirmationDueOnlyAfterMoreThanTheLimitSinceTheLastConfirmation() {
        Solution entry = published(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(180));

        Result atTheLimit = target.get(VIEWER, "solutions/" + entry.key());
        fixture.data.clock.advance(Duration.ofSeconds(1));
        Result pastTheLimit = target.get(VIEWER, "solutions/" + entry.key());
        Result listed = target.get(VIEWER, "solutions");

        assertThat(atTheLimit.json().path("confirmationDue").isBoolean()).isTrue();
        assertThat(atTheLimit.json().path("confirmationDue").asBoolean()).isFalse();
        assertThat(pastTheLimit.json().path("confirmationDue").asBoolean()).isTrue();
        assertThat(listed.json().path("results").get(0).path("confirmationDue").asBoolean()).isTrue();
    }

    @Test
    public void confirm_makesADueEntryCurrentAgain() {
        Solution entry = published(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(200));
        Result before = target.get(VIEWER, "solutions");

        Result confirmed = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/confirm", "{}");
        Result after = target.get(VIEWER, "solutions");

        assertThat(before.json().path("results").get(0).path("confirmationDue").asBoolean()).isTrue();
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmationDue").asBoolean()).isFalse();
        assertThat(after.json().path("results").get(0).path("confirmationDue").asBoolean()).isFalse();
    }

    @Test
    public void list_followsAChangedStalenessSettingWithoutARestart() {
        published(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(31));

        Result withTheDefault = target.get(VIEWER, "solutions");
        Result saved = target.put(ADMIN, "admin/settings", "{\"fundingBidLeadLimit\":2,\"stalenessDays\":30}");
        Result withThirtyDays = target.get(VIEWER, "solutions");

        assertThat(withTheDefault.json().path("results").get(0).path("confirmationDue").asBoolean()).isFalse();
        assertThat(saved.status()).isEqualTo(200);
        assertThat(withThirtyDays.json().path("results").get(0).path("confirmationDue").asBoolean()).isTrue();
    }

    @Test
    public void list_neverSaysADraftIsDue() {
        draft(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(1000));

        Result result = target.get(ADMIN, "solutions");

        assertThat(result.json().path("results").get(0).path("state").asText()).isEqualTo("draft");
        assertThat(result.json().path("results").get(0).path("confirmationDue").asBoolean()).isFalse();
    }

    @Test
    public void confirm_answers403ToAViewer() {
        Solution entry = published(aSolution().build());

        Result result = target.post(VIEWER, "solutions/" + entry.key() + "/confirm", "{}");

        assertThat(result.status()).isEqualTo(403);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("results").forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    private static int statementsFor(String user, String path) {
        try (SqlCounter counter = SqlCounter.on(fixture.data.db.entityManager())) {
            assertThat(target.get(user, path).status()).isEqualTo(200);
            return counter.count();
        }
    }

    private static long storedEntries() {
        return fixture.data.store.list(SolutionQuery.all(), Visibility.of(Actor.administrator("check")))
                .page().total();
    }

    private static Solution draft(SolutionContent content) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.create(content);
    }

    private static Solution published(SolutionContent content) {
        return fixture.data.register.publish(draft(content).key());
    }

}
