package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.register.rest.SolutionBodies.money;
import static org.connectedcouncils.register.rest.SolutionBodies.with;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.ANONYMOUS;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.VIEWER;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/** Issue 15's REST: reuse terms, retiring with reasons, deleting drafts, adoption details and similar entries. */
public class ContributorResourceDbTest {

    @ClassRule
    public static final RestFixture fixture = new RestFixture();
    private static final HttpCalls target = fixture.http;

    @Before
    public void setUp() {
        fixture.reset();
    }

    @Test
    public void create_storesAndAnswersTheReuseTerms() {
        Result created = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("reuse", reuse())));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode read = target.get(BRIGHTON_EDITOR, "solutions/" + created.json().path("key").asText()).json()
                .path("reuse");
        assertThat(read.path("support").asText()).isEqualTo("service-level");
        assertThat(read.path("contact").asText()).isEqualTo("reuse@brighton-hove.gov.uk");
        assertThat(read.path("procurementRoute").asText()).isEqualTo("framework-call-off");
        assertThat(read.path("dpiaAvailable").asBoolean()).isTrue();
        assertThat(read.path("dpiaUrl").asText()).isEqualTo("https://example.org/dpia");
        assertThat(read.path("accessibilityStatementUrl").asText()).isEqualTo("https://example.org/a11y");
        assertThat(read.path("hostingOptions").toString()).isEqualTo("[\"self-hosted\",\"shared-service\"]");
        assertThat(read.path("adoptionOneOffCost").toString()).isEqualTo("{\"amount\":500000,\"currency\":\"GBP\"}");
        assertThat(read.path("adoptionAnnualCost").path("amount").asLong()).isEqualTo(90000);
        assertThat(read.path("adopterNeeds").asText()).isEqualTo("A gazetteer");
    }

    @Test
    public void create_namesEveryBadReuseValue() {
        Map<String, Object> reuse = reuse();
        reuse.put("support", "gold");
        reuse.put("procurementRoute", "handshake");
        reuse.put("hostingOptions", List.of("cloud"));
        reuse.put("dpiaUrl", "javascript:alert(1)");
        reuse.put("adoptionAnnualCost", Map.of("amount", 1, "currency", "EUR"));

        Result result = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("reuse", reuse)));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("reuse.support", "reuse.procurementRoute",
                "reuse.hostingOptions");
        reuse = reuse();
        reuse.put("dpiaUrl", "javascript:alert(1)");
        reuse.put("adoptionAnnualCost", Map.of("amount", 1, "currency", "EUR"));
        reuse.put("contact", "c".repeat(256));
        Result second = target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("reuse", reuse)));
        assertThat(second.errorFields()).containsExactlyInAnyOrder("reuse.dpiaUrl", "reuse.adoptionAnnualCost.currency",
                "reuse.contact");
        assertThat(target.post(BRIGHTON_EDITOR, "solutions", HttpCalls.json(with("reuse", Map.of("colour", "red"))))
                .status()).isEqualTo(400);
    }

    @Test
    public void retire_takesReasonLessonsAndReplacementAndShowsThem() {
        Solution replacement = published(aSolution().named("New").build());
        Solution entry = published(aSolution().build());

        Result result = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/retire", HttpCalls.json(Map.of(
                "reason", "Replaced by a shared service", "lessonsLearned", "Start with residents",
                "replacedBy", replacement.key().toString())));

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        JsonNode read = target.get(VIEWER, "solutions/" + entry.key()).json();
        assertThat(read.path("phase").asText()).isEqualTo("retired");
        assertThat(read.path("retirement").path("reason").asText()).isEqualTo("Replaced by a shared service");
        assertThat(read.path("retirement").path("lessonsLearned").asText()).isEqualTo("Start with residents");
        assertThat(read.path("retirement").path("replacedBy").asText()).isEqualTo(replacement.key().toString());
        assertThat(target.get(VIEWER, "solutions/" + replacement.key()).json().path("retirement").isNull()).isTrue();
    }

    @Test
    public void retire_withoutReasonOrWithAnUnreadableReplacementIs400AndChangesNothing() {
        Solution entry = published(aSolution().build());

        Result noReason = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/retire", "{}");
        Result badKey = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/retire",
                "{\"reason\":\"r\",\"replacedBy\":\"<b>x</b>\"}");
        Result tooLong = target.post(BRIGHTON_EDITOR, "solutions/" + entry.key() + "/retire",
                HttpCalls.json(Map.of("reason", "r".repeat(2_001))));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(badKey.errorFields()).containsExactly("replacedBy");
        assertThat(tooLong.errorFields()).containsExactly("reason");
        assertThat(target.get(VIEWER, "solutions/" + entry.key()).json().path("phase").asText()).isEqualTo("beta");
    }

    @Test
    public void delete_removesADraftAnd409sOncePublished() {
        Solution draft = draft(aSolution().build());
        Solution published = published(aSolution().named("Published").build());

        Result deleted = target.send(BRIGHTON_EDITOR, "DELETE", "solutions/" + draft.key(), "application/json",
                "{}");
        Result refused = target.send(BRIGHTON_EDITOR, "DELETE", "solutions/" + published.key(), "application/json",
                "{}");
        Result form = target.send(BRIGHTON_EDITOR, "DELETE", "solutions/" + published.key(),
                "application/x-www-form-urlencoded", "");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(target.get(ADMIN, "solutions/" + draft.key()).status()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCodes()).containsExactly("connected-councils.conflict.deletePublished");
        assertThat(form.status()).isEqualTo(415);
        assertThat(target.get(VIEWER, "solutions/" + published.key()).status()).isEqualTo(200);
    }

    @Test
    public void adoption_takesAndAnswersItsDetails() {
        Solution entry = published(aSolution().build());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", "using");
        body.put("release", "2.4");
        body.put("hosting", "supplier-hosted");
        body.put("supplier", "Acme Digital Ltd");
        body.put("annualSaving", money(450_000));

        Result result = target.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                HttpCalls.json(body));

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        JsonNode listed = target.get(VIEWER, "solutions/" + entry.key() + "/adoptions").json().path("results").get(0);
        assertThat(listed.path("release").asText()).isEqualTo("2.4");
        assertThat(listed.path("hosting").asText()).isEqualTo("supplier-hosted");
        assertThat(listed.path("supplier").asText()).isEqualTo("Acme Digital Ltd");
        assertThat(listed.path("annualSaving").toString()).isEqualTo("{\"amount\":450000,\"currency\":\"GBP\"}");
    }

    @Test
    public void adoption_namesBadDetails() {
        Solution entry = published(aSolution().build());

        Result result = target.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                HttpCalls.json(Map.of("state", "using", "hosting", "moon", "supplier", "s".repeat(256),
                        "annualSaving", Map.of("amount", 5))));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.errorFields()).containsExactlyInAnyOrder("hosting", "annualSaving.currency");
        Result second = target.put(HACKNEY_EDITOR, "solutions/" + entry.key() + "/adoptions/E09000012",
                HttpCalls.json(Map.of("state", "using", "supplier", "s".repeat(256))));
        assertThat(second.errorFields()).containsExactly("supplier");
    }

    @Test
    public void similar_answersLookAlikesWithOwnerAndNeverAnotherCouncilsDraft() {
        Solution twin = published(aSolution().named("Garden waste subscriptions")
                .withSummary("Residents pay for brown bin collections").build());
        draft(aSolution().ownedBy(org.connectedcouncils.testing.SolutionTestData.HACKNEY).withKeyContact(null)
                .named("Garden waste subscriptions").withSummary("Residents pay for brown bin collections").build());

        Result result = target.get(BRIGHTON_EDITOR, "solutions/similar?name=Green+waste+subscription"
                + "&summary=Pay+for+brown+bins&area=waste");

        assertThat(result.status()).isEqualTo(200);
        JsonNode results = result.json().path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("key").asText()).isEqualTo(twin.key().toString());
        assertThat(results.get(0).path("ownerCouncil").path("name").asText())
                .isEqualTo("Brighton and Hove City Council");
        assertThat(results.get(0).path("phase").asText()).isEqualTo("beta");
        assertThat(results.get(0).path("sameServiceArea").asBoolean()).isTrue();
        assertThat(results.get(0).path("_links").path("adoption").asText()).endsWith(twin.key() + "/adoptions");
        assertThat(target.get(BRIGHTON_EDITOR, "solutions/similar?name=Garden+waste&exclude=" + twin.key()).json()
                .path("results")).isEmpty();
    }

    @Test
    public void similar_refusesOverlongTextsAndUnreadableKeysAndAnonymousCallers() {
        assertThat(target.get(VIEWER, "solutions/similar?name=" + "n".repeat(121)).errorFields())
                .containsExactly("name");
        assertThat(target.get(VIEWER, "solutions/similar?summary=" + "s".repeat(201)).errorFields())
                .containsExactly("summary");
        assertThat(target.get(VIEWER, "solutions/similar?name=bins&exclude=nope").errorFields())
                .containsExactly("exclude");
        assertThat(target.get(ANONYMOUS, "solutions/similar?name=bins").status()).isEqualTo(401);
        assertThat(target.get(VIEWER, "solutions/similar").json().path("results")).isEmpty();
    }

    private static Map<String, Object> reuse() {
        Map<String, Object> reuse = new LinkedHashMap<>();
        reuse.put("support", "service-level");
        reuse.put("contact", "reuse@brighton-hove.gov.uk");
        reuse.put("procurementRoute", "framework-call-off");
        reuse.put("dpiaAvailable", true);
        reuse.put("dpiaUrl", "https://example.org/dpia");
        reuse.put("accessibilityStatementUrl", "https://example.org/a11y");
        reuse.put("hostingOptions", List.of("shared-service", "self-hosted"));
        reuse.put("adoptionOneOffCost", money(500_000));
        reuse.put("adoptionAnnualCost", money(90_000));
        reuse.put("adopterNeeds", "A gazetteer");
        return reuse;
    }

    private static Solution draft(SolutionContent content) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        return fixture.data.register.create(content);
    }

    private static Solution published(SolutionContent content) {
        return fixture.data.register.publish(draft(content).key());
    }
}
