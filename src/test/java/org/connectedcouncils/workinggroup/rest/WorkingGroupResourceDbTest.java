package org.connectedcouncils.workinggroup.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.BRIGHTON;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.HACKNEY;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.LEEDS;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.group;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.report;
import static org.connectedcouncils.workinggroup.rest.WorkingGroupBodies.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** {@code /working-groups} over real HTTP on a real database (H2, and PostgreSQL in the second run). */
public class WorkingGroupResourceDbTest {

    private static final String BASE = "/rest/connected-councils/1.0/";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    // ----- create and read -----

    @Test
    public void create_answers201WithTheGroupAndItsAddress() {
        Result result = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(group()));

        assertThat(result.status()).isEqualTo(201);
        JsonNode group = result.json();
        String key = group.path("key").asText();
        assertThat(key).matches("WG-[1-9][0-9]*");
        assertThat(result.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(BASE + "working-groups/" + key));
        assertThat(group.path("name").asText()).isEqualTo("Waste digital forum");
        assertThat(group.path("model").asText()).isEqualTo("community-of-practice");
        assertThat(group.path("status").asText()).isEqualTo("forming");
        assertThat(group.path("leadCouncil").path("code").asText()).isEqualTo(BRIGHTON);
        assertThat(group.path("leadCouncil").path("name").asText()).isEqualTo("Brighton and Hove City Council");
        // Hackney, named as a member, is invited and counts once it accepts.
        assertThat(group.path("partnerCount").asInt()).isEqualTo(1);
        Result invited = target.get(BRIGHTON_EDITOR, "working-groups/" + key + "/invitations?state=pending");
        assertThat(invited.json().path("results").findValuesAsText("code")).containsExactly(HACKNEY);
        assertThat(group.path("serviceAreas").toString()).isEqualTo("[\"waste\"]");
        assertThat(group.path("projectPageId").isNull()).isTrue();
        assertThat(group.path("_links").path("self").asText()).isEqualTo(BASE + "working-groups/" + key);
    }

    @Test
    public void create_answers400NamingEveryBadField() {
        Map<String, Object> body = with(with(group(), "name", null), "model", "committee");

        Result result = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(body));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).contains("model");
        Result missingName = target.post(BRIGHTON_EDITOR, "working-groups",
                HttpCalls.json(with(group(), "name", null)));
        assertThat(missingName.errorFields()).containsExactly("name");
    }

    @Test
    public void create_answers403ToAnEditorOfAnotherCouncilAnd401ToAnonymous() {
        Result otherCouncil = target.post(HACKNEY_EDITOR, "working-groups", HttpCalls.json(group()));
        Result anonymous = target.post(ANONYMOUS, "working-groups", HttpCalls.json(group()));

        assertThat(otherCouncil.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(target.get(ADMIN, "working-groups").json().path("total").asLong()).isZero();
    }

    @Test
    public void writes_answer415UnlessTheBodyIsJson() {
        String json = HttpCalls.json(group());

        Result form = target.send(BRIGHTON_EDITOR, "POST", "working-groups", "application/x-www-form-urlencoded",
                "name=x");
        Result text = target.send(BRIGHTON_EDITOR, "POST", "working-groups", "text/plain", json);
        Result none = target.send(BRIGHTON_EDITOR, "POST", "working-groups/project-pages", null, null);
        Result delete = target.send(BRIGHTON_EDITOR, "DELETE", "working-groups/WG-1/members/" + HACKNEY, null, null);

        assertThat(List.of(form.status(), text.status(), none.status(), delete.status())).containsOnly(415);
    }

    @Test
    public void get_answersGroupMembersCurrentReportAndAccess() {
        String key = created(group());
        target.post(HACKNEY_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(report("2026-10-31", "amber")));

        Result lead = target.get(BRIGHTON_EDITOR, "working-groups/" + key);
        Result viewer = target.get(VIEWER, "working-groups/" + key.toLowerCase());

        assertThat(lead.status()).isEqualTo(200);
        JsonNode summary = lead.json();
        assertThat(summary.path("group").path("key").asText()).isEqualTo(key);
        assertThat(summary.path("members").path("total").asLong()).isEqualTo(2);
        assertThat(summary.path("members").path("results").get(0).path("role").asText()).isEqualTo("lead");
        assertThat(summary.path("members").path("results").get(0).path("council").path("code").asText())
                .isEqualTo(BRIGHTON);
        assertThat(summary.path("currentReport").path("rag").asText()).isEqualTo("amber");
        assertThat(summary.path("currentReport").path("date").asText()).isEqualTo("2026-10-31");
        assertThat(summary.path("access").path("manage").asBoolean()).isTrue();
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.json().path("access").path("manage").asBoolean()).isFalse();
        assertThat(viewer.json().path("access").path("report").asBoolean()).isFalse();
    }

    @Test
    public void get_answers404AlikeForUnknownAndUnreadableKeys() {
        Result unknown = target.get(VIEWER, "working-groups/WG-999");
        Result unreadable = target.get(VIEWER, "working-groups/CC-1");
        Result members = target.get(VIEWER, "working-groups/WG-999/members");
        Result write = target.post(BRIGHTON_EDITOR, "working-groups/WG-999/status", "{\"status\":\"active\"}");

        assertThat(List.of(unknown.status(), unreadable.status(), members.status(), write.status()))
                .containsOnly(404);
        assertThat(unknown.body()).isEqualTo(unreadable.body()).doesNotContain("WG-999");
    }

    // ----- list -----

    @Test
    public void list_filtersSortsAndPagesWithLinksKeepingTheFilter() {
        for (String name : List.of("Alpha forum", "Beta forum", "Gamma forum")) {
            created(with(group(), "name", name));
        }
        created(with(with(group(), "name", "Delta discovery"), "model", "joint-discovery"));

        Result first = target.get(VIEWER, "working-groups?model=community-of-practice&sort=name&limit=2");
        Result second = target.get(VIEWER, "working-groups?model=community-of-practice&sort=name&start=2&limit=2");
        Result byCouncil = target.get(VIEWER, "working-groups?council=" + HACKNEY + "&status=forming");

        JsonNode page = first.json();
        assertThat(names(page)).containsExactly("Alpha forum", "Beta forum");
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("_links").path("next").asText()).isEqualTo(
                BASE + "working-groups?model=community-of-practice&sort=name&limit=2&start=2");
        assertThat(page.path("_links").path("prev").isNull()).isTrue();
        assertThat(names(second.json())).containsExactly("Gamma forum");
        assertThat(second.json().path("_links").path("next").isNull()).isTrue();
        assertThat(second.json().path("_links").path("prev").asText()).isEqualTo(
                BASE + "working-groups?model=community-of-practice&sort=name&start=0&limit=2");
        assertThat(byCouncil.json().path("total").asLong()).isEqualTo(4);
    }

    @Test
    public void list_answers400NamingEveryBadParameter() {
        Result result = target.get(VIEWER, "working-groups?status=sleeping&model=club&sort=size&limit=500");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("status", "model", "sort", "limit");
    }

    // ----- update and status -----

    @Test
    public void update_savesForTheLeadAndRefusesAStaleVersionOrAnotherCouncil() {
        JsonNode group = createdJson(group());
        String key = group.path("key").asText();
        int version = group.path("version").asInt();
        Map<String, Object> edit = with(with(group(), "version", version), "aim", "A new aim.");

        Result saved = target.put(BRIGHTON_EDITOR, "working-groups/" + key, HttpCalls.json(edit));
        Result stale = target.put(BRIGHTON_EDITOR, "working-groups/" + key, HttpCalls.json(edit));
        Result other = target.put(HACKNEY_EDITOR, "working-groups/" + key,
                HttpCalls.json(with(edit, "version", saved.json().path("version").asInt())));
        Result noVersion = target.put(BRIGHTON_EDITOR, "working-groups/" + key,
                HttpCalls.json(with(edit, "version", null)));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("aim").asText()).isEqualTo("A new aim.");
        assertThat(saved.json().path("version").asInt()).isGreaterThan(version);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentVersion").asInt()).isEqualTo(saved.json().path("version").asInt());
        assertThat(other.status()).isEqualTo(403);
        assertThat(noVersion.errorFields()).containsExactly("version");
    }

    @Test
    public void changeStatus_refusesAFundingBidWithFewerThanThreeCouncilsNamingTheStatus() {
        String key = created(with(group(), "model", "funding-bid-consortium"));

        Result tooFew = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/status", "{\"status\":\"active\"}");
        Result invited = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/invitations",
                "{\"council\":\"" + LEEDS + "\"}");
        Result stillTooFew = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/status",
                "{\"status\":\"active\"}");
        acceptInvitations(key, ADMIN);
        Result active = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/status", "{\"status\":\"active\"}");

        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.errorFields()).containsExactly("status");
        assertThat(tooFew.errorCodes()).containsExactly(WorkingGroupValidator.TOO_FEW_PARTNERS);
        assertThat(invited.status()).isEqualTo(201);
        assertThat(stillTooFew.status()).as("an invited council is not yet a partner").isEqualTo(400);
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.json().path("status").asText()).isEqualTo("active");
    }

    @Test
    public void changeStatus_answers403ToAMemberAnd400ToAnUnknownStatus() {
        String key = created(group());

        Result member = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/status", "{\"status\":\"paused\"}");
        Result unknown = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/status", "{\"status\":\"done\"}");

        assertThat(member.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("status");
    }

    @Test
    public void create_refusesAThirdFundingBidLedByOneCouncilNamingTheLead() {
        Map<String, Object> bid = with(group(), "model", "funding-bid-consortium");
        created(with(bid, "name", "Bid one"));
        created(with(bid, "name", "Bid two"));

        Result third = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(with(bid, "name", "Bid 3")));

        assertThat(third.status()).isEqualTo(400);
        assertThat(third.errorFields()).containsExactly("leadCouncil");
        assertThat(third.errorCodes()).containsExactly(WorkingGroupValidator.LEAD_LIMIT);
    }

    // ----- members and hand-over -----

    @Test
    public void members_pagesAndSetsRolesAndLetsACouncilLeave() {
        String key = created(group());

        Result direct = target.put(BRIGHTON_EDITOR, "working-groups/" + key + "/members/" + LEEDS,
                "{\"role\":\"observer\"}");
        Result observer = target.put(ADMIN, "working-groups/" + key + "/members/" + LEEDS,
                "{\"role\":\"observer\"}");
        Result member = target.put(BRIGHTON_EDITOR, "working-groups/" + key + "/members/" + LEEDS,
                "{\"role\":\"member\"}");
        Result page = target.get(VIEWER, "working-groups/" + key + "/members?limit=2");
        Result leave = target.send(HACKNEY_EDITOR, "DELETE", "working-groups/" + key + "/members/" + HACKNEY,
                "application/json", null);
        Result leadLeaves = target.send(BRIGHTON_EDITOR, "DELETE", "working-groups/" + key + "/members/" + BRIGHTON,
                "application/json", null);
        Result notLead = target.put(HACKNEY_EDITOR, "working-groups/" + key + "/members/" + LEEDS,
                "{\"role\":\"observer\"}");
        Result unknownCouncil = target.put(ADMIN, "working-groups/" + key + "/members/E99999999",
                "{\"role\":\"member\"}");

        assertThat(direct.status()).as("the lead's editors invite instead").isEqualTo(403);
        assertThat(observer.status()).isEqualTo(200);
        assertThat(observer.json().path("role").asText()).isEqualTo("observer");
        assertThat(observer.json().path("council").path("name").asText()).isEqualTo("Leeds City Council");
        assertThat(member.json().path("role").asText()).isEqualTo("member");
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("_links").path("next").asText())
                .isEqualTo(BASE + "working-groups/" + key + "/members?limit=2&start=2");
        assertThat(leave.status()).isEqualTo(204);
        assertThat(leadLeaves.status()).isEqualTo(409);
        assertThat(notLead.status()).isEqualTo(403);
        assertThat(unknownCouncil.status()).isEqualTo(400);
        assertThat(unknownCouncil.errorFields()).containsExactly("councilCode");
        assertThat(target.get(VIEWER, "working-groups/" + key + "/members").json().path("total").asLong())
                .isEqualTo(2);
    }

    @Test
    public void handOver_makesAMemberTheLead() {
        String key = created(group());

        Result direct = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/handover",
                "{\"council\":\"" + HACKNEY + "\"}");
        Result missing = target.post(ADMIN, "working-groups/" + key + "/handover", "{}");
        Result handed = target.post(ADMIN, "working-groups/" + key + "/handover",
                "{\"council\":\"" + HACKNEY + "\"}");
        Result formerLead = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/status",
                "{\"status\":\"paused\"}");

        assertThat(direct.status()).as("the lead's editors offer the lead by invitation").isEqualTo(403);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("council");
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.json().path("leadCouncil").path("code").asText()).isEqualTo(HACKNEY);
        assertThat(formerLead.status()).isEqualTo(403);
    }

    // ----- invitations -----

    @Test
    public void invitations_areReadByTheLeadAndTheInvitedCouncilAndAnsweredByTheInvitedCouncil() {
        Result created = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(group()));
        String key = created.json().path("key").asText();
        String list = "working-groups/" + key + "/invitations";
        long id = target.get(BRIGHTON_EDITOR, list).json().path("results").get(0).path("id").asLong();

        Result viewer = target.get(VIEWER, list);
        Result byLead = target.post(BRIGHTON_EDITOR, list + "/" + id + "/accept", "{}");
        Result notANumber = target.post(HACKNEY_EDITOR, list + "/x/decline", "{}");
        Result declined = target.post(HACKNEY_EDITOR, list + "/" + id + "/decline", "{\"reason\":\"Not this year\"}");
        Result again = target.post(HACKNEY_EDITOR, list + "/" + id + "/accept", "{}");
        Result badRole = target.post(BRIGHTON_EDITOR, list, "{\"council\":\"" + LEEDS + "\",\"role\":\"boss\"}");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(byLead.status()).isEqualTo(403);
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("state").asText()).isEqualTo("declined");
        assertThat(again.status()).isEqualTo(409);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.errorFields()).containsExactly("role");
        JsonNode seen = target.get(HACKNEY_EDITOR, list).json().path("results").get(0);
        assertThat(seen.path("reason").asText()).isEqualTo("Not this year");
        assertThat(seen.path("council").path("name").asText()).isEqualTo("London Borough of Hackney");
        assertThat(target.get(VIEWER, "working-groups/" + key + "/members").json().path("total").asLong())
                .isEqualTo(1);
    }

    // ----- join requests -----

    @Test
    public void joinRequests_areMadeByTheCouncilAndApprovedByTheLead() {
        String key = created(with(group(), "memberCouncils", List.of()));

        Result asked = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/join-requests",
                "{\"council\":\"" + HACKNEY + "\",\"message\":\"We run the same bin service.\"}");
        String id = asked.json().path("id").asText();
        Result listed = target.get(BRIGHTON_EDITOR, "working-groups/" + key + "/join-requests?state=pending");
        Result selfApproved = target.post(HACKNEY_EDITOR,
                "working-groups/" + key + "/join-requests/" + id + "/approve", "{}");
        Result approved = target.post(BRIGHTON_EDITOR,
                "working-groups/" + key + "/join-requests/" + id + "/approve", "{}");

        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("state").asText()).isEqualTo("pending");
        assertThat(asked.json().path("role").asText()).isEqualTo("member");
        assertThat(listed.json().path("total").asLong()).isEqualTo(1);
        assertThat(listed.json().path("results").get(0).path("council").path("code").asText()).isEqualTo(HACKNEY);
        assertThat(selfApproved.status()).isEqualTo(403);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("state").asText()).isEqualTo("approved");
        assertThat(target.get(VIEWER, "working-groups/" + key + "/members").json().path("total").asLong())
                .isEqualTo(2);
    }

    @Test
    public void joinRequests_declineNeedsAReasonAndOnlyTheCouncilMayAsk() {
        String key = created(with(group(), "memberCouncils", List.of()));
        Result forOther = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/join-requests",
                "{\"council\":\"" + LEEDS + "\"}");
        Result noCouncil = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/join-requests", "{}");
        String id = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/join-requests",
                "{\"council\":\"" + HACKNEY + "\",\"role\":\"observer\"}").json().path("id").asText();

        Result noReason = target.post(BRIGHTON_EDITOR,
                "working-groups/" + key + "/join-requests/" + id + "/decline", "{}");
        Result declined = target.post(BRIGHTON_EDITOR,
                "working-groups/" + key + "/join-requests/" + id + "/decline", "{\"reason\":\"Full for now.\"}");
        Result unknown = target.post(BRIGHTON_EDITOR,
                "working-groups/" + key + "/join-requests/99999/approve", "{}");

        assertThat(forOther.status()).isEqualTo(403);
        assertThat(noCouncil.status()).isEqualTo(400);
        assertThat(noCouncil.errorFields()).containsExactly("council");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("state").asText()).isEqualTo("declined");
        assertThat(declined.json().path("reason").asText()).isEqualTo("Full for now.");
        assertThat(unknown.status()).isEqualTo(404);
    }

    // ----- status reports -----

    @Test
    public void reports_areWrittenByPartnersAndListedNewestFirst() {
        String key = created(group());

        Result older = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(report("2026-09-30", "green")));
        Result newer = target.post(HACKNEY_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(report("2026-10-31", "red")));
        Result viewer = target.post(VIEWER, "working-groups/" + key + "/reports",
                HttpCalls.json(report("2026-10-31", "red")));
        Result list = target.get(VIEWER, "working-groups/" + key + "/reports?limit=1");

        assertThat(older.status()).isEqualTo(201);
        assertThat(newer.status()).isEqualTo(201);
        assertThat(newer.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(BASE + "working-groups/" + key + "/reports"));
        assertThat(newer.json().path("subject").asText()).isEqualTo(key);
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(list.json().path("total").asLong()).isEqualTo(2);
        assertThat(list.json().path("results").get(0).path("rag").asText()).isEqualTo("red");
        assertThat(list.json().path("_links").path("next").asText())
                .isEqualTo(BASE + "working-groups/" + key + "/reports?limit=1&start=1");
    }

    @Test
    public void reports_answer400NamingTheDateAndRag() {
        String key = created(group());

        Result bad = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(report("31/10/2026", "purple")));
        Result future = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(report("2027-01-01", "green")));
        Result missing = target.post(BRIGHTON_EDITOR, "working-groups/" + key + "/reports",
                HttpCalls.json(with(with(report("2026-10-31", "green"), "date", null), "summary", null)));

        assertThat(bad.errorFields()).containsExactlyInAnyOrder("date", "rag");
        assertThat(future.errorFields()).containsExactly("date");
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("date", "summary");
    }

    @Test
    public void solutionReports_areWrittenByTheEntrysEditorsAndListed() {
        String key = publishedSolution();

        Result written = target.post(BRIGHTON_EDITOR, "solutions/" + key + "/reports",
                HttpCalls.json(report("2026-10-31", "green")));
        Result other = target.post(HACKNEY_EDITOR, "solutions/" + key + "/reports",
                HttpCalls.json(report("2026-10-31", "green")));
        Result list = target.get(VIEWER, "solutions/" + key + "/reports");
        Result unknown = target.get(VIEWER, "solutions/CC-999/reports");
        Result notAKey = target.get(VIEWER, "solutions/WG-1/reports");

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().path("subject").asText()).isEqualTo(key);
        assertThat(other.status()).isEqualTo(403);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAKey.status()).isEqualTo(404);
    }

    // ----- portfolio -----

    @Test
    public void portfolio_listsNewestReportsWithRagCountsOfTheWholeFilter() {
        String group = created(group());
        String solution = publishedSolution();
        target.post(BRIGHTON_EDITOR, "working-groups/" + group + "/reports",
                HttpCalls.json(report("2026-10-31", "red")));
        target.post(BRIGHTON_EDITOR, "solutions/" + solution + "/reports",
                HttpCalls.json(report("2026-10-30", "green")));

        Result all = target.get(VIEWER, "portfolio");
        Result red = target.get(VIEWER, "portfolio?rag=red");
        Result byModel = target.get(VIEWER, "portfolio?model=community-of-practice&council=" + BRIGHTON);
        Result bad = target.get(VIEWER, "portfolio?rag=blue&sort=colour");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("total").asLong()).isEqualTo(2);
        assertThat(all.json().path("counts").toString()).isEqualTo("{\"red\":1,\"amber\":0,\"green\":1}");
        JsonNode first = all.json().path("results").get(0);
        assertThat(first.path("subject").asText()).isEqualTo(group);
        assertThat(first.path("kind").asText()).isEqualTo("group");
        assertThat(first.path("latest").path("rag").asText()).isEqualTo("red");
        assertThat(first.path("self").asText()).isEqualTo(BASE + "working-groups/" + group);
        assertThat(red.json().path("total").asLong()).isEqualTo(1);
        assertThat(red.json().path("counts").path("green").asLong()).isEqualTo(1);
        assertThat(byModel.json().path("total").asLong()).isEqualTo(1);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("rag", "sort");
        assertThat(target.get(ANONYMOUS, "portfolio").status()).isEqualTo(401);
    }

    @Test
    public void setRole_letsAMembersOwnEditorsStepBackToObserverButNotUp() {
        String key = created(group());
        String hackney = "working-groups/" + key + "/members/" + HACKNEY;

        Result back = target.put(HACKNEY_EDITOR, hackney, "{\"role\":\"observer\"}");
        Result up = target.put(HACKNEY_EDITOR, hackney, "{\"role\":\"member\"}");

        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("role").asText()).isEqualTo("observer");
        assertThat(up.status()).isEqualTo(403);
        assertThat(up.body()).contains("Only editors of the lead council");
        assertThat(target.put(BRIGHTON_EDITOR, hackney, "{\"role\":\"member\"}").status()).isEqualTo(200);
    }

    // ----- helpers -----

    private static String created(Map<String, Object> body) {
        return createdJson(body).path("key").asText();
    }

    private static JsonNode createdJson(Map<String, Object> body) {
        Result result = target.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(body));
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        acceptInvitations(result.json().path("key").asText(), HACKNEY_EDITOR);
        return result.json();
    }

    /** The user (an editor of the invited councils, or an admin) accepts the group's pending invitations. */
    private static void acceptInvitations(String key, String user) {
        JsonNode pending = target.get(user, "working-groups/" + key + "/invitations?state=pending").json();
        for (JsonNode invitation : pending.path("results")) {
            Result accepted = target.post(user, "working-groups/" + key + "/invitations/"
                    + invitation.path("id").asLong() + "/accept", "{}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        }
    }

    /** A published register entry owned by Brighton, made through the register's own REST API. */
    private static String publishedSolution() {
        Result created = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(Map.of(
                "name", "Bin collection day finder", "summary", "Residents look up their bin day by postcode",
                "kind", "software", "phase", "beta", "ownerCouncil", BRIGHTON,
                "serviceAreas", List.of("waste"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = created.json().path("key").asText();
        assertThat(target.post(BRIGHTON_EDITOR, "solutions/" + key + "/publish", "{}").status()).isEqualTo(200);
        return key;
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("results").forEach(r -> names.add(r.path("name").asText()));
        return names;
    }
}
