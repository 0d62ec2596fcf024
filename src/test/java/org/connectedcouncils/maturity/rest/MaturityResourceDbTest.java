package org.connectedcouncils.maturity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;

import org.connectedcouncils.testing.HttpCalls.Result;
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
    public void writes_acceptJsonOnly_andTheHeatMapRefusesAnUnknownType() {
        Result form = fixture.http.send(BRIGHTON_EDITOR, "POST", BRIGHTON + "/assessments",
                "application/x-www-form-urlencoded", "area=waste&level=3");
        Result badType = fixture.http.get(VIEWER, "maturity/heat-map?type=castle");

        assertThat(form.status()).isEqualTo(415);
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body()).contains("\"type\"");
    }
}
