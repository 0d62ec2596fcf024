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

/** Councils' commitments over real HTTP: created, listed across councils with filters, errors by field, JSON only. */
public class CommitmentResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private static final String BRIGHTON = "maturity/councils/E06000043/commitments";

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void sign_change_list_andRemove() {
        Result created = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON, "{\"kind\":\"declaration\","
                + "\"title\":\"<b>Local</b> Digital Declaration\",\"status\":\"signed\",\"madeOn\":\"2025-06-01\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("councilName").asText()).isEqualTo("Brighton and Hove City Council");

        Result changed = fixture.http.put(BRIGHTON_EDITOR, BRIGHTON + "/" + id, "{\"kind\":\"declaration\","
                + "\"status\":\"met\",\"madeOn\":\"2025-06-01\",\"metOn\":\"2026-10-01\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("status").asText()).isEqualTo("met");
        assertThat(changed.json().path("title").isNull()).isTrue();

        Result across = fixture.http.get(VIEWER, "maturity/commitments?status=met&limit=5");
        assertThat(across.json().path("total").asInt()).isEqualTo(1);
        assertThat(across.json().path("results").get(0).path("metOn").asText()).isEqualTo("2026-10-01");
        assertThat(fixture.http.get(VIEWER, "maturity/commitments?status=signed").json().path("total").asInt())
                .isZero();
        assertThat(fixture.http.get(VIEWER, "maturity/commitments?status=nope").status()).isEqualTo(400);
        assertThat(fixture.http.get(VIEWER, "maturity/commitments?limit=500").status()).isEqualTo(400);

        assertThat(fixture.http.send(HACKNEY_EDITOR, "DELETE", BRIGHTON + "/" + id, "application/json", "{}")
                .status()).isEqualTo(403);
        assertThat(fixture.http.send(BRIGHTON_EDITOR, "DELETE", BRIGHTON + "/" + id, "application/json", "{}")
                .status()).isEqualTo(204);
        assertThat(fixture.http.get(VIEWER, BRIGHTON).json().path("total").asInt()).isZero();
    }

    @Test
    public void badFields_areNamedByTheirJsonNames_andFormsAreRefused() {
        Result result = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON, "{\"kind\":\"promise\",\"status\":\"signed\","
                + "\"madeOn\":\"yesterday\",\"group\":\"group 3\"}");
        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body()).contains("\"kind\"", "\"madeOn\"", "\"group\"");

        Result dates = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON, "{\"kind\":\"publish\",\"status\":\"met\","
                + "\"madeOn\":\"2026-06-01\",\"dueBy\":\"2026-01-01\"}");
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.body()).contains("\"dueBy\"", "\"metOn\"");

        Result unknown = fixture.http.post(BRIGHTON_EDITOR, BRIGHTON, "{\"kind\":\"publish\",\"status\":\"planned\","
                + "\"colour\":\"red\"}");
        assertThat(unknown.status()).isEqualTo(400);

        Result form = fixture.http.send(BRIGHTON_EDITOR, "POST", BRIGHTON, "application/x-www-form-urlencoded",
                "kind=publish&status=planned");
        assertThat(form.status()).isEqualTo(415);
    }
}
