package org.connectedcouncils.maturity.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;

import java.util.List;

import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The REST API speaks the request's language wherever it names a service area, so the browser lists drawn from it
 * read Welsh on a Welsh page: the taxonomy (displayName, Welsh order), leaders, heat map, impact, level wording and
 * notifications (rendered when read); an English request reads the English names, in English order.
 */
public class WelshAreaNamesResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private HttpCalls welsh;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.data.serviceAreas.update(new ServiceArea("waste", "Waste and recycling", false,
                "Gwastraff ac ailgylchu"));
        fixture.data.serviceAreas.update(new ServiceArea("housing", "Housing", false, "Tai"));
        fixture.data.serviceAreas.update(new ServiceArea("planning", "Planning", false, "Cynllunio"));
        welsh = fixture.http.inWelsh();
    }

    @Test
    public void serviceAreas_giveTheNameOfTheRequestsLanguage_inItsOrder() {
        List<String> english = fixture.http.get(VIEWER, "service-areas?limit=100").json().path("results")
                .findValuesAsText("displayName");
        List<String> cymraeg = welsh.get(VIEWER, "service-areas?limit=100").json().path("results")
                .findValuesAsText("displayName");
        List<String> admin = welsh.get(ADMIN, "admin/service-areas?limit=100").json().path("results")
                .findValuesAsText("displayName");

        assertThat(english).contains("Waste and recycling", "Housing").doesNotContain("Tai");
        assertThat(cymraeg).contains("Gwastraff ac ailgylchu", "Tai", "Cynllunio").doesNotContain("Housing");
        // Welsh order: Cynllunio, Gwastraff..., Tai (English order would put Planning after Housing)
        assertThat(cymraeg.indexOf("Cynllunio")).isLessThan(cymraeg.indexOf("Gwastraff ac ailgylchu"));
        assertThat(cymraeg.indexOf("Gwastraff ac ailgylchu")).isLessThan(cymraeg.indexOf("Tai"));
        assertThat(english.indexOf("Housing")).isLessThan(english.indexOf("Planning"));
        assertThat(admin).isEqualTo(cymraeg);
    }

    @Test
    public void leadersHeatMapAndImpact_nameAreasInTheRequestsLanguage() {
        assertThat(fixture.http.put(BRIGHTON_EDITOR, "maturity/councils/E06000043/leads/waste", "{}").status())
                .isEqualTo(200);
        assertThat(fixture.http.put(BRIGHTON_EDITOR, "maturity/councils/E06000043/leads/housing", "{}").status())
                .isEqualTo(200);
        fixture.http.post(BRIGHTON_EDITOR, "maturity/councils/E06000043/assessments", "{\"area\":\"waste\","
                + "\"level\":3,\"date\":\"2026-10-01\",\"justification\":\"Bins online\"}");

        Result leaders = welsh.get(VIEWER, "maturity/leaders");
        Result heatMap = welsh.get(VIEWER, "maturity/heat-map");

        assertThat(leaders.json().path("results").findValuesAsText("areaName"))
                .containsExactly("Gwastraff ac ailgylchu", "Tai");
        assertThat(fixture.http.get(VIEWER, "maturity/leaders").json().path("results").findValuesAsText("areaName"))
                .containsExactly("Housing", "Waste and recycling");
        List<String> columns = heatMap.json().path("areas").findValuesAsText("name");
        assertThat(columns).contains("Gwastraff ac ailgylchu", "Tai");
        assertThat(columns.indexOf("Cynllunio")).isLessThan(columns.indexOf("Tai"));
    }

    @Test
    public void aNotification_readsInTheRequestsLanguage() {
        assertThat(fixture.http.put(VIEWER, "watches/council/E06000043", "{\"watching\":true}").status())
                .isEqualTo(200);
        Result assessed = fixture.http.post(BRIGHTON_EDITOR, "maturity/councils/E06000043/assessments",
                "{\"area\":\"waste\",\"level\":3,\"date\":\"2026-10-01\",\"justification\":\"Bins online\"}");
        fixture.http.post(HACKNEY_EDITOR, "maturity/assessments/" + assessed.json().path("id").asLong()
                + "/reviews", "{\"councilCode\":\"E09000012\",\"verdict\":\"endorse\",\"comment\":\"Good\"}");

        Result cymraeg = welsh.get(VIEWER, "notifications");
        Result english = fixture.http.get(VIEWER, "notifications");

        assertThat(cymraeg.json().path("results").findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .startsWith("Aseswyd Brighton and Hove City Council \u2013 Gwastraff ac ailgylchu gan"));
        assertThat(cymraeg.json().path("results").findValuesAsText("detail"))
                .contains("London Borough of Hackney: Wedi'i gymeradwyo", "3");
        assertThat(cymraeg.json().path("results").get(0).path("title").asText())
                .isEqualTo("Brighton and Hove City Council \u2013 Gwastraff ac ailgylchu");
        assertThat(english.json().path("results").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("Waste and recycling at level 3"))
                .noneSatisfy(m -> assertThat(m).contains("Gwastraff"));
    }

    @Test
    public void levelWording_givenInWelsh_readsInWelsh_andFallsBackToEnglish() {
        assertThat(welsh.put(ADMIN, "admin/maturity/levels/waste/2", "{\"wording\":\"Bins booked by phone\","
                + "\"wordingCy\":\"Biniau wedi eu harchebu dros y ffon\"}").status()).isEqualTo(200);
        assertThat(welsh.put(ADMIN, "admin/maturity/levels/waste/3", "{\"wording\":\"Bins booked online\"}")
                .status()).isEqualTo(200);

        List<String> cymraeg = welsh.get(VIEWER, "maturity/levels/waste").json().findValuesAsText("description");
        List<String> english = fixture.http.get(VIEWER, "maturity/levels/waste").json()
                .findValuesAsText("description");

        assertThat(cymraeg.get(1)).isEqualTo("Biniau wedi eu harchebu dros y ffon");
        assertThat(cymraeg.get(2)).isEqualTo("Bins booked online");
        assertThat(english.get(1)).isEqualTo("Bins booked by phone");
    }
}
