package org.connectedcouncils.common.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.List;

import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Paging values and dates out of range answer 400 naming the parameter or field, on every list and date field. */
public class InputBoundsDbTest {

    private static final String REPORT = "{\"date\":\"%s\",\"rag\":\"green\",\"summary\":\"On track.\"}";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private Solution entry;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.data.actor.actAs(DemoUsers.actor(BRIGHTON_EDITOR));
        entry = fixture.data.register.publish(fixture.data.register.create(aSolution().build()).key());
    }

    @Test
    public void start_beyondTheLimitAnswers400NamingStartOnEveryList() {
        for (String list : List.of("portfolio", "solutions", "working-groups", "service-areas",
                "solutions/" + entry.key() + "/history", "solutions/" + entry.key() + "/reports")) {
            for (String start : List.of("2147483647", "10001")) {
                Result result = fixture.http.get(VIEWER, list + (list.contains("?") ? "&" : "?") + "start=" + start);

                assertThat(result.status()).as(list + " " + result.body()).isEqualTo(400);
                assertThat(result.errorFields()).as(list).containsExactly("start");
            }
        }
        Result admin = fixture.http.get(ADMIN, "admin/councils?start=2147483647");
        assertThat(admin.status()).as(admin.body()).isEqualTo(400);
        assertThat(admin.errorFields()).containsExactly("start");
    }

    @Test
    public void start_atTheLimitIsAnEmptyPage() {
        Result portfolio = fixture.http.get(VIEWER, "portfolio?start=10000");
        Result solutions = fixture.http.get(VIEWER, "solutions?start=10000");

        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(200);
        assertThat(portfolio.json().path("results")).isEmpty();
        assertThat(solutions.status()).as(solutions.body()).isEqualTo(200);
        assertThat(solutions.json().path("results")).isEmpty();
    }

    @Test
    public void dates_outsideTheYearsTakenAnswer400NamingTheField() {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31", "2101-01-01")) {
            Result adoption = fixture.http.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                    "{\"state\":\"using\",\"since\":\"" + date + "\"}");
            Result report = fixture.http.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/reports",
                    String.format(REPORT, date));

            assertThat(adoption.status()).as(date + " " + adoption.body()).isEqualTo(400);
            assertThat(adoption.errorFields()).as(date).containsExactly("since");
            assertThat(adoption.errorCodes()).as(date).containsExactly("connected-councils.error.dateRange");
            assertThat(report.status()).as(date + " " + report.body()).isEqualTo(400);
            assertThat(report.errorFields()).as(date).containsExactly("date");
        }
    }

    @Test
    public void dates_atTheEarliestYearAreTaken() {
        Result adoption = fixture.http.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                "{\"state\":\"using\",\"since\":\"1900-01-01\"}");

        assertThat(adoption.status()).as(adoption.body()).isEqualTo(200);
    }
}
