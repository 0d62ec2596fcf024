package org.connectedcouncils.profile.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.testing.SolutionTestData;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code /councils} and {@code /service-areas} over real HTTP on a real database. */
public class CouncilResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void list_returnsCouncilsByNamePagedWithLinks() {
        Result first = target.get(VIEWER, "councils?limit=2");
        Result second = target.get(VIEWER, "councils?limit=2&start=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(codes(first.json())).containsExactly("E06000043", "E08000035");
        assertThat(first.json().path("total").asInt()).isEqualTo(3);
        assertThat(first.json().path("_links").path("next").asText())
                .isEqualTo("/rest/connected-councils/1.0/councils?limit=2&start=2");
        assertThat(codes(second.json())).containsExactly("E09000012");
        assertThat(second.json().path("_links").path("next").isNull()).isTrue();
        JsonNode brighton = first.json().path("results").get(0);
        assertThat(brighton.path("name").asText()).isEqualTo("Brighton and Hove City Council");
        assertThat(brighton.path("type").asText()).isEqualTo("unitary");
        assertThat(brighton.path("region").asText()).isEqualTo("South East");
        assertThat(brighton.path("_links").path("self").asText())
                .isEqualTo("/rest/connected-councils/1.0/councils/E06000043");
    }

    @Test
    public void list_searchesByName() {
        Result result = target.get(VIEWER, "councils?q=leeds");

        assertThat(codes(result.json())).containsExactly("E08000035");
    }

    @Test
    public void list_rejectsBadPagingAndAnonymousCallers() {
        Result bad = target.get(VIEWER, "councils?start=-1");
        Result anonymous = target.get(ANONYMOUS, "councils");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("start");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    public void get_showsTheEntriesTheCouncilOwnsAndAdopts() {
        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        Solution owned = fixture.data.register.publish(fixture.data.register.create(aSolution().build()).key());
        fixture.data.actor.actAs(DemoUsers.actor(HACKNEY_EDITOR));
        fixture.data.register.declareAdoption(owned.key(), SolutionTestData.HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, null, null));

        Result brighton = target.get(VIEWER, "councils/E06000043");
        Result hackney = target.get(VIEWER, "councils/e09000012");

        assertThat(brighton.status()).isEqualTo(200);
        assertThat(keys(brighton.json().path("owns"))).containsExactly(owned.key().toString());
        assertThat(keys(brighton.json().path("adopts"))).isEmpty();
        assertThat(hackney.status()).isEqualTo(200);
        assertThat(hackney.json().path("code").asText()).isEqualTo("E09000012");
        assertThat(keys(hackney.json().path("owns"))).isEmpty();
        assertThat(keys(hackney.json().path("adopts"))).containsExactly(owned.key().toString());
        assertThat(hackney.json().path("adopts").path("results").get(0).path("ownerCouncil").path("name").asText())
                .isEqualTo("Brighton and Hove City Council");
        assertThat(hackney.json().path("_links").path("adopts").asText())
                .isEqualTo("/rest/connected-councils/1.0/solutions?adopter=E09000012");
    }

    @Test
    public void get_pagesTheOwnedEntries() {
        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        for (int i = 0; i < 3; i++) {
            fixture.data.register.publish(fixture.data.register.create(aSolution().named("Entry " + i).build())
                    .key());
        }

        Result result = target.get(VIEWER, "councils/E06000043?start=1&limit=1");

        JsonNode owns = result.json().path("owns");
        assertThat(owns.path("total").asInt()).isEqualTo(3);
        assertThat(owns.path("results").get(0).path("name").asText()).isEqualTo("Entry 1");
        assertThat(owns.path("_links").path("next").asText())
                .isEqualTo("/rest/connected-councils/1.0/councils/E06000043?start=2&limit=1");
    }

    @Test
    public void get_answers404ForAnUnknownOrUnreadableCode() {
        Result unknown = target.get(VIEWER, "councils/E99999999");
        Result unreadable = target.get(VIEWER, "councils/%3Cscript%3E");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unreadable.status()).isEqualTo(404);
        assertThat(unreadable.body()).doesNotContain("script");
    }

    @Test
    public void serviceAreas_listsTheTaxonomyPaged() {
        int all = fixture.data.serviceAreas.all().size();

        Result result = target.get(VIEWER, "service-areas?limit=100");
        Result page = target.get(VIEWER, "service-areas?limit=2");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().path("total").asInt()).isEqualTo(all);
        List<String> codes = new ArrayList<>();
        result.json().path("results").forEach(a -> codes.add(a.path("code").asText()));
        assertThat(codes).contains("waste", "housing");
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("_links").path("next").asText())
                .isEqualTo("/rest/connected-councils/1.0/service-areas?limit=2&start=2");
    }

    @Test
    public void serviceAreas_answerAnonymousWith401() {
        Result result = target.get(ANONYMOUS, "service-areas");

        assertThat(result.status()).isEqualTo(401);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("results").forEach(c -> codes.add(c.path("code").asText()));
        return codes;
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.path("results").forEach(s -> keys.add(s.path("key").asText()));
        return keys;
    }
}
