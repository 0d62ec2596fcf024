package org.connectedcouncils.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.connectedcouncils.host.AdminServlet;
import org.connectedcouncils.admin.ao.AoSettingsStore;
import org.connectedcouncils.admin.domain.AppSettings;
import org.connectedcouncils.testing.AdminPageFixture.Answer;
import org.junit.Before;
import org.junit.Test;

/**
 * The admin page as the local preview serves it, on a real database: log-in and 403 for the wrong users, the
 * WebSudo confirmation (itself XSRF-checked), and the settings post rejected without its token.
 */
public class AdminPageFixtureDbTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"");

    private final RegisterFixture data = new RegisterFixture();
    private final Map<String, String> cookies = new HashMap<>();
    private AdminPageFixture target;

    @Before
    public void setUp() {
        data.reset();
        target = new AdminPageFixture(AdminPageFixture.administration(data.db.ao(), data.councils, data.serviceAreas,
                data.actor, data.audit, data.clock), data.actor, new PropertiesMessages());
        data.actor.actAs(DemoUsers.actor(DemoUsers.ADMIN));
    }

    @Test
    public void get_sendsAnonymousToLogInAndRefusesNonAdmins() {
        data.actor.actAs(DemoUsers.actor(DemoUsers.ANONYMOUS));
        Answer anonymous = get(AdminPageFixture.PATH);
        data.actor.actAs(DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR));
        Answer editor = get(AdminPageFixture.PATH);

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).isEqualTo("/?os_destination=%2Fadmin");
        assertThat(anonymous.bodyHtml()).isNull();
        assertThat(editor.status()).isEqualTo(403);
        assertThat(editor.bodyHtml()).contains("aui-message-error").doesNotContain("cc-admin-settings");
    }

    @Test
    public void get_withoutWebSudoGoesToTheConfirmationAndRendersNothing() {
        Answer answer = get(AdminPageFixture.PATH);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/admin/websudo?back=%2Fadmin");
        assertThat(answer.bodyHtml()).isNull();
    }

    @Test
    public void webSudo_confirmationNeedsItsTokenThenOpensTheSession() {
        Answer form = get("/admin/websudo?back=%2Fadmin");
        String token = token(form);
        Answer forged = post("/admin/websudo", Map.of("back", "/admin"));
        keepCookies(form);
        Answer confirmed = post("/admin/websudo", Map.of("back", "/admin", "atl_token", token));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.bodyHtml()).contains("action=\"/admin/websudo\"").contains("value=\"/admin\"");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.setCookies()).isEmpty();
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(confirmed.location()).isEqualTo("/admin");
        assertThat(confirmed.setCookies()).anySatisfy(c -> assertThat(c).startsWith("preview-websudo=confirmed;"));
    }

    @Test
    public void get_inAWebSudoSessionRendersThePageBodyWithItsScript() {
        cookies.put(PreviewWebSudo.COOKIE, "confirmed");

        Answer page = get(AdminPageFixture.PATH);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Connected Councils");
        assertThat(page.bodyHtml()).startsWith("<div lang=\"en-GB\" class=\"cc-admin\"").contains("action=\"/admin\"")
                .contains("data-rest=\"/rest/connected-councils/1.0/admin\"").doesNotContain("<body>");
        assertThat(page.webResources()).containsExactly(AdminServlet.WEB_RESOURCE);
        assertThat(page.setCookies()).anySatisfy(c -> assertThat(c).startsWith("preview-xsrf="));
    }

    @Test
    public void post_savesOnlyWithTheTokenOfThePage() {
        cookies.put(PreviewWebSudo.COOKIE, "confirmed");
        Answer page = get(AdminPageFixture.PATH);
        keepCookies(page);
        Map<String, String> form = new HashMap<>(Map.of("createGroup", "register-editors",
                "fundingBidLeadLimit", "3", "stalenessDays", "90", "adoptionCheckDays", "365",
                "adoptionGraceDays", "30"));

        Answer forged = post(AdminPageFixture.PATH, form);
        form.put("atl_token", token(page));
        Answer saved = post(AdminPageFixture.PATH, form);
        Answer after = get(saved.location());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.bodyHtml()).contains("aui-message-error");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/admin?saved=1");
        assertThat(new AoSettingsStore(data.db.ao()).load()).isEqualTo(new AppSettings("register-editors", 3, 90));
        assertThat(after.bodyHtml()).contains("aui-message-success").contains("value=\"register-editors\"");
    }

    private Answer get(String pathAndQuery) {
        return target.handle("GET", URI.create(pathAndQuery), cookies, Map.of());
    }

    private Answer post(String path, Map<String, String> form) {
        return target.handle("POST", URI.create(path), cookies, form);
    }

    private void keepCookies(Answer answer) {
        for (String header : answer.setCookies()) {
            String pair = header.substring(0, header.indexOf(';'));
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static String token(Answer answer) {
        Matcher m = TOKEN.matcher(answer.bodyHtml());
        assertThat(m.find()).as("token in the page").isTrue();
        return m.group(1);
    }
}
