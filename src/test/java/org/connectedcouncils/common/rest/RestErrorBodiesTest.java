package org.connectedcouncils.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.RawHttp;
import org.connectedcouncils.testing.RequestActor;
import org.connectedcouncils.testing.RestServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/**
 * How every failure reaches a client, over real HTTP with the services mocked: the status the outcome deserves and
 * a JSON body from i18n that never shows a stack trace, SQL, a Java class or a table name.
 */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class RestErrorBodiesTest {

    private static final List<String> LEAKS = List.of("Exception", "exception", "at org.", "at java.", "java.",
            "com.fasterxml", "org.connectedcouncils", "org.glassfish", "SELECT", "select ", "AO_", "\tat ",
            "SolutionInput", "Caused by");

    @Mock
    private SolutionRegister register;
    @Mock
    private CouncilDirectory councils;
    @Mock
    private ServiceAreaCatalogue serviceAreas;

    private RestServer server;
    private HttpCalls target;

    @Before
    public void setUp() {
        RequestActor actor = new RequestActor();
        server = RestServer.start(RestServer.application(register, councils, serviceAreas, new PropertiesMessages(),
                actor));
        target = new HttpCalls(server);
    }

    @After
    public void tearDown() {
        server.close();
    }

    @Test
    public void unexpectedFailure_answersABare500() {
        when(register.get(any())).thenThrow(new IllegalStateException(
                "ERROR: relation \"AO_6A7B8C_SOLUTION\" does not exist: SELECT * FROM AO_6A7B8C_SOLUTION"));

        Result result = target.get(VIEWER, "solutions/CC-1");

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.internal");
        assertThat(result.errorFields()).containsOnlyNulls();
        assertNoLeak(result);
    }

    @Test
    public void registerRefusals_mapToTheirStatuses() {
        when(register.get(any())).thenThrow(new Refusal.NotAuthenticated(),
                new Refusal.NotAllowed("connected-councils.denied.notEditor"),
                new Refusal.NotFound("CC-1"), new Refusal.StaleVersion(7),
                new Refusal.Conflict("connected-councils.conflict.alreadyPublished"),
                ValidationException.of(FieldError.of("landingUrl", "connected-councils.error.url")));
        List<Result> results = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            results.add(target.get(VIEWER, "solutions/CC-1"));
        }

        assertThat(results).extracting(Result::status).containsExactly(401, 403, 404, 409, 409, 400);
        assertThat(results.get(1).json().path("errors").get(0).path("message").asText()).isEqualTo(
                "Only editors of the owner council, the key contact or an administrator can change this entry.");
        assertThat(results.get(3).json().path("currentVersion").asInt()).isEqualTo(7);
        assertThat(results.get(5).errorFields()).containsExactly("landingUrl");
        assertThat(results.get(5).json().path("errors").get(0).path("message").asText())
                .isEqualTo("Must be a web address starting with http:// or https://.");
        results.forEach(RestErrorBodiesTest::assertNoLeak);
    }

    @Test
    public void containerRefusals_keepTheirStatusWithAJsonBody() {
        Result unknownPath = target.get(VIEWER, "nothing-here");
        Result wrongMethod = target.send(VIEWER, "DELETE", "solutions", null, null);

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.errorCodes()).containsExactly("connected-councils.error.notFound");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCodes()).containsExactly("connected-councils.error.methodNotAllowed");
        assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
    }

    @Test
    public void unreadableBodies_answer400WithoutInternals() {
        List<Result> results = new ArrayList<>();

        results.add(target.post(BRIGHTON_EDITOR, "solutions", "{\"name\": "));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "[1, 2, 3]"));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "\"just a string\""));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "{\"version\": 99999999999999999999999}"));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "{\"platforms\": {\"a\": 1}}"));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "{\"oneOffCost\": {\"amount\": 1, \"colour\": 2}}"));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "{\"name\": \"x\"} trailing"));
        results.add(target.post(BRIGHTON_EDITOR, "solutions", "<solution/>"));
        results.add(target.put(BRIGHTON_EDITOR, "solutions/CC-1/adoptions/E09000012", "{\"state\": [\"using\"]}"));

        assertThat(results).extracting(Result::status).containsOnly(400);
        assertThat(results.get(4).errorFields()).containsExactly("platforms");
        assertThat(results.get(5).errorFields()).containsExactly("oneOffCost.colour");
        assertThat(results.get(8).errorFields()).containsExactly("state");
        results.forEach(RestErrorBodiesTest::assertNoLeak);
    }

    @Test
    public void writeWithoutContentType_answers415() {
        Result result = target.send(BRIGHTON_EDITOR, "POST", "solutions/CC-1/publish", null, null);

        assertThat(result.status()).isEqualTo(415);
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.unsupportedMediaType");
    }

    @Test
    public void hugeString_answers413NamingTheBody() {
        RawHttp.Answer answer = RawHttp.post(server.uri("solutions"), BRIGHTON_EDITOR, 20_000_001, true);
        Result result = new Result(answer.status(), HttpHeaders.of(Map.of("Content-Type",
                List.of("application/json")), (a, b) -> true), answer.body());

        assertThat(result.status()).isEqualTo(413);
        assertThat(result.errorFields()).containsExactly("body");
        assertThat(result.errorCodes()).containsExactly("connected-councils.error.bodyTooLarge");
        assertNoLeak(result);
    }

    private static void assertNoLeak(Result result) {
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        for (String leak : LEAKS) {
            assertThat(result.body()).as("error body %s", result.body()).doesNotContain(leak);
        }
    }
}
