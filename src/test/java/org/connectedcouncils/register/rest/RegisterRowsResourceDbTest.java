package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;

import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code GET /solutions.html}: later pages of the register table as escaped HTML rows, over real HTTP on H2. */
public class RegisterRowsResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void rows_areTheTablesRowsWithTheTotalAndStatusAndUserDataEscaped() {
        Solution entry = published(aSolution().named("<script>alert(1)</script>").build());

        Result result = target.send(VIEWER, "GET", "solutions.html?columns=name,phase,updated", null, "text/html",
                null);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/html").contains("charset=utf-8"));
        assertThat(result.body()).contains("<tbody data-total=\"1\" data-status=\"Showing 1 of 1 solutions\">")
                .contains("<tr data-key=\"" + entry.key() + "\">")
                .contains("<a class=\"cc-name\" href=\"/plugins/servlet/connected-councils/solutions/" + entry.key()
                        + "\">&lt;script&gt;alert(1)&lt;/script&gt;</a>")
                .contains("<td data-column=\"phase\"><span class=\"aui-lozenge aui-lozenge-current\">Beta</span>")
                .contains("<span class=\"cc-date\">" + DisplayText.date(entry.updated()) + "</span>")
                .doesNotContain("<script>");
    }

    @Test
    public void rows_takeTheListFiltersSortAndPage() {
        for (int i = 0; i < 3; i++) {
            published(aSolution().named("Beta " + i).build());
        }
        published(aSolution().named("Alpha one").withPhase(Phase.ALPHA).build());

        Result result = target.get(VIEWER, "solutions.html?phase=beta&sort=name&start=1&limit=1&columns=name");

        assertThat(result.body()).contains("data-total=\"3\"").contains(">Beta 1</a>")
                .doesNotContain("Beta 0").doesNotContain("Beta 2").doesNotContain("Alpha");
    }

    @Test
    public void rows_carryTheNotConfirmedLozengeOfAnEntryDueForConfirmation() {
        published(aSolution().build());
        fixture.data.clock.advance(Duration.ofDays(181));

        Result result = target.get(VIEWER, "solutions.html");

        assertThat(result.body()).contains("cc-confirmation-due").contains("Not confirmed for over 180 days");
    }

    @Test
    public void rows_badFilterOrColumnAnswersTheJsonError400NamingIt_andAnonymous401() {
        Result filter = target.send(VIEWER, "GET", "solutions.html?phase=gamma", null, "text/html", null);
        Result column = target.get(VIEWER, "solutions.html?columns=name,password");
        Result anonymous = target.get(ANONYMOUS, "solutions.html");

        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.errorFields()).containsExactly("phase");
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.errorFields()).containsExactly("columns");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private static Solution published(SolutionContent content) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.publish(fixture.data.register.create(content).key());
    }
}
