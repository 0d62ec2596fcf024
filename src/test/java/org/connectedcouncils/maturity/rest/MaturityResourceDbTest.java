package org.connectedcouncils.maturity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;

import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionDetails;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Money;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** The maturity resources over real HTTP: created answers, validation errors by JSON field, JSON-only writes. */
public class MaturityResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private static final String BRIGHTON = "maturity/councils/E06000043";

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void assess_thenReview_showsBothInTheCouncilsCurrentAssessments() {
        Result created = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON + "/assessments", "{\"area\":\"waste\","
                + "\"level\":3,\"date\":\"2026-10-01\",\"justification\":\"Bins online\","
                + "\"links\":[\"https://wiki.example.org/x\"]}");
        long id = created.json().path("id").asLong();
        Result reviewed = fixture.http.post(HACKNEY_EDITOR, "maturity/assessments/" + id + "/reviews",
                "{\"councilCode\":\"E09000012\",\"verdict\":\"question\",\"comment\":\"Garden waste too?\"}");
        Result current = fixture.http.get(VIEWER, BRIGHTON);

        assertThat(created.status()).isEqualTo(201);
        assertThat(reviewed.status()).isEqualTo(201);
        assertThat(current.json().path("results").get(0).path("level").asInt()).isEqualTo(3);
        assertThat(current.json().path("results").get(0).path("reviews").get(0).path("verdict").asText())
                .isEqualTo("question");
    }

    @Test
    public void assess_withBadFields_namesTheJsonFields() {
        Result result = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON + "/assessments", "{\"area\":\"waste\","
                + "\"level\":9,\"date\":\"2026-10-01\",\"justification\":\"x\",\"entries\":[\"nope\"]}");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body()).contains("\"level\"", "\"entries\"").doesNotContain("evidence.entries");
    }

    @Test
    public void impact_perCouncil_givesEachCurrencyWithWhatItWasSummedOver_andChecksItsFilters() {
        var register = fixture.data.register;
        fixture.data.actor.actAs(org.connectedcouncils.common.domain.Actor.administrator("admin"));
        var key = register.create(SolutionTestData.aSolution().named("Bin rounds").ownedBy(SolutionTestData.BRIGHTON)
                .inAreas("waste").withCosts(null, null, Money.of(100_000, "GBP")).build()).key();
        register.publish(key);
        register.declareAdoption(key, SolutionTestData.LEEDS, new AdoptionDeclaration(AdoptionState.USING,
                java.time.LocalDate.of(2026, 6, 1), null, new AdoptionDetails(null, null, null,
                        Money.of(7_000, "EUR"))));
        register.confirmAdoption(key, SolutionTestData.LEEDS);

        Result impact = fixture.http.get(VIEWER, "maturity/impact?by=council&council=e06000043");
        Result badBy = fixture.http.get(VIEWER, "maturity/impact?by=planet&area=nowhere");
        Result badArea = fixture.http.get(VIEWER, "maturity/impact?area=nowhere");

        assertThat(impact.status()).isEqualTo(200);
        var group = impact.json().path("results").get(0);
        assertThat(group.path("code").asText()).isEqualTo("E06000043");
        assertThat(group.path("councilsReusing").asInt()).isEqualTo(1);
        assertThat(group.path("totals").findValuesAsText("currency")).containsExactly("EUR", "GBP");
        assertThat(group.path("totals").get(1).path("reuseSavings").asLong()).isEqualTo(100_000);
        assertThat(group.path("totals").get(1).path("reuseAdoptions").asInt()).isEqualTo(1);
        assertThat(group.path("totals").get(0).path("adopterReportedSavings").asLong()).isEqualTo(7_000);
        assertThat(group.path("lines").get(0).path("reported").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(badBy.status()).isEqualTo(400);
        assertThat(badBy.errorFields()).contains("by");
        assertThat(badArea.status()).isEqualTo(400);
        assertThat(badArea.errorFields()).containsExactly("area");
    }

    @Test
    public void writes_acceptJsonOnly_andTheHeatMapRefusesAnUnknownType() {
        Result form = fixture.http.send(BRIGHTON_EDITOR, "POST", BRIGHTON + "/assessments",
                "application/x-www-form-urlencoded", "area=waste&level=3");
        Result badType = fixture.http.get(VIEWER, "maturity/heat-map?type=castle");

        assertThat(form.status()).isEqualTo(415);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body()).contains("\"type\"");
    }

    @Test
    public void heatMap_isAPageOfCouncilsByName_withTheCountAndTheDirectorysNation_andBoundsOnTheLimit() {
        fixture.http.post(BRIGHTON_EDITOR, BRIGHTON + "/assessments", "{\"area\":\"waste\",\"level\":3,"
                + "\"date\":\"2026-10-01\",\"justification\":\"Bins online\"}");

        Result first = fixture.http.get(VIEWER, "maturity/heat-map?start=0&limit=2");
        Result second = fixture.http.get(VIEWER, "maturity/heat-map?start=2&limit=2");
        Result tooMany = fixture.http.get(VIEWER, "maturity/heat-map?limit=101&start=-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("councils").findValuesAsText("code")).containsExactly("E06000043",
                "E08000035");
        assertThat(first.json().path("councils").get(0).path("levels").path("waste").asInt()).isEqualTo(3);
        assertThat(first.json().path("councils").get(1).path("levels").size()).as("not assessed yet").isZero();
        assertThat(first.json().path("councils").get(0).path("nation").asText()).as("no stored nation")
                .isEqualTo("other");
        assertThat(first.json().path("start").asInt()).isZero();
        assertThat(first.json().path("limit").asInt()).isEqualTo(2);
        assertThat(first.json().path("size").asInt()).isEqualTo(2);
        assertThat(first.json().path("total").asInt()).isEqualTo(3);
        assertThat(first.json().path("areas").findValuesAsText("code")).contains("waste");
        assertThat(second.json().path("councils").findValuesAsText("code")).containsExactly("E09000012");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactlyInAnyOrder("limit", "start");
    }
}
