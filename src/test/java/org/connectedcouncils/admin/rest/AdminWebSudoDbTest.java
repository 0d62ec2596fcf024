package org.connectedcouncils.admin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.WebSudoCheck;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Every admin REST call, like the admin page, runs only in a WebSudo session: without one an admin gets 401 naming
 * WebSudo and nothing changes; anonymous callers and non-admins are still answered 401 and 403 first.
 */
public class AdminWebSudoDbTest {

    private static final String MAPPING = "{\"type\":\"group\",\"principal\":\"brighton-digital\","
            + "\"councilCode\":\"E06000043\",\"role\":\"editor\"}";
    private static final List<String[]> CALLS = List.of(new String[] {"GET", "admin/settings", null},
            new String[] {"PUT", "admin/settings", "{\"fundingBidLeadLimit\":3,\"stalenessDays\":90}"},
            new String[] {"GET", "admin/mappings", null}, new String[] {"POST", "admin/mappings", MAPPING},
            new String[] {"POST", "admin/mappings/remove", MAPPING}, new String[] {"GET", "admin/councils", null},
            new String[] {"PUT", "admin/councils/E07000223", "{\"name\":\"Adur\",\"type\":\"district\"}"},
            new String[] {"GET", "admin/service-areas", null},
            new String[] {"PUT", "admin/service-areas/bins", "{\"name\":\"Bins\"}"},
            new String[] {"POST", "admin/service-areas/merge", "{\"from\":\"waste\",\"into\":\"parking\"}"},
            new String[] {"GET", "admin/import/councils/template.csv", null},
            new String[] {"POST", "admin/import/councils?dryRun=false",
                    "code,name,type\r\nE07000223,Adur,district\r\n"},
            new String[] {"POST", "admin/personal-data/anonymise", "{\"userKey\":\"user-brighton-editor\"}"},
            new String[] {"POST", "admin/contacts/reassign",
                    "{\"from\":\"user-brighton-editor\",\"to\":\"user-hackney-editor\"}"});

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls outsideWebSudo = fixture.http.withoutWebSudo();

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void everyAdminCall_outsideAWebSudoSessionAnswers401NamingWebSudoAndChangesNothing() {
        List<String> wrong = new ArrayList<>();

        for (String[] call : CALLS) {
            Result result = send(outsideWebSudo, ADMIN, call);
            if (result.status() != 401 || !result.errorCodes().equals(List.of(WebSudoCheck.CODE))) {
                wrong.add(call[0] + " " + call[1] + ": " + result.status() + " " + result.body());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(fixture.data.audit.records()).isEmpty();
        assertThat(fixture.settings.load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(fixture.data.councils.find(CouncilCode.of("E07000223"))).isEmpty();
    }

    @Test
    public void accessChecks_stillComeFirst() {
        Result anonymous = send(outsideWebSudo, ANONYMOUS, CALLS.get(0));
        Result editor = send(outsideWebSudo, BRIGHTON_EDITOR, CALLS.get(0));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCodes()).containsExactly("connected-councils.error.notAuthenticated");
        assertThat(editor.status()).isEqualTo(403);
    }

    @Test
    public void adminCalls_inAWebSudoSessionPass() {
        Result settings = fixture.http.get(ADMIN, "admin/settings");
        Result council = send(fixture.http, ADMIN, CALLS.get(6));

        assertThat(settings.status()).isEqualTo(200);
        assertThat(council.status()).as(council.body()).isEqualTo(200);
    }

    private static Result send(HttpCalls calls, String user, String[] call) {
        String type = call[2] == null ? null : call[1].startsWith("admin/import") ? "text/csv" : "application/json";
        return calls.send(user, call[0], call[1], type, call[2]);
    }
}
