package org.connectedcouncils.security;

import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.LEEDS_EDITOR;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;

/**
 * The data the security tests read and write, made through the fixture: a Brighton draft whose name, summary and
 * description hold {@link #DRAFT_MARKER}, a published Brighton entry whose key contact is the Hackney key contact, a
 * group led by Brighton with Hackney as member, and Leeds' requests to join it: one declined with
 * {@link #DECLINE_REASON}, one pending with {@link #JOIN_MESSAGE}.
 * Its {@code fresh…} methods make one more target for a write that changes what it acts on.
 */
final class SecuritySeed {

    static final String BRIGHTON = "E06000043";
    static final String HACKNEY = "E09000012";
    static final String LEEDS = "E08000035";
    static final String DRAFT_MARKER = "zqxdraftmarker7731";
    static final String JOIN_MESSAGE = "zqxjoinsecret4419";
    static final String DECLINE_REASON = "zqxdeclinereason2287";
    static final String REQUESTER_KEY = "user-leeds-editor";
    static final String CONTACT_KEY = "user-hackney-contact";

    private final RestFixture fixture;
    private int counter;
    SolutionKey draft;
    SolutionKey published;
    String group;
    long joinRequest;

    SecuritySeed(RestFixture fixture) {
        this.fixture = fixture;
    }

    /** Resets the database and makes the seed. */
    SecuritySeed plant() {
        fixture.reset();
        draft = importedDraft();
        published = solution(true, "Published bin finder", CONTACT_KEY);
        group = freshGroup();
        long declined = freshJoinRequest(group);
        ok(fixture.http.post(BRIGHTON_EDITOR, "working-groups/" + group + "/join-requests/" + declined + "/decline",
                "{\"reason\":\"" + DECLINE_REASON + "\"}"));
        joinRequest = freshJoinRequest(group);
        return this;
    }

    /** The marked draft, imported from publiccode.yml so that it also has what a valid export needs. */
    private SolutionKey importedDraft() {
        String yaml = publiccode().replace("name: Bin collection day finder", "name: Draft " + DRAFT_MARKER)
                .replace("shortDescription: Residents", "shortDescription: " + DRAFT_MARKER + " residents")
                .replace("Bin collection day finder reads", DRAFT_MARKER + " reads");
        Result imported = ok(fixture.http.send(BRIGHTON_EDITOR, "POST",
                "solutions/import/publiccode?ownerCouncil=" + BRIGHTON + "&serviceArea=waste", "application/yaml",
                yaml));
        return SolutionKey.parse(imported.json().path("solution").path("key").asText()).orElseThrow();
    }

    /** The smallest valid publiccode.yml of the test resources. */
    static String publiccode() {
        try (InputStream in = SecuritySeed.class.getResourceAsStream("/publiccode/minimal.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new Brighton entry, published or draft, with this key contact. */
    SolutionKey solution(boolean publish, String name, String keyContact) {
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        Solution created = fixture.data.register.create(aSolution().named(name)
                .withSummary(name.contains(DRAFT_MARKER) ? "Summary " + DRAFT_MARKER : "A published summary")
                .withDescription(name.contains(DRAFT_MARKER) ? "Description " + DRAFT_MARKER : "Published text")
                .withKeyContact(keyContact).build());
        if (publish) {
            fixture.data.register.publish(created.key());
        }
        return created.key();
    }

    SolutionKey freshDraft() {
        return solution(false, "Fresh draft " + next(), CONTACT_KEY);
    }

    SolutionKey freshPublished() {
        return solution(true, "Fresh entry " + next(), CONTACT_KEY);
    }

    /** A fresh published entry on which Hackney has declared use. */
    SolutionKey freshAdopted() {
        SolutionKey key = freshPublished();
        fixture.data.actor.actAs(DemoUsers.actor(HACKNEY_EDITOR));
        fixture.data.register.declareAdoption(key, CouncilCode.of(HACKNEY),
                new AdoptionDeclaration(AdoptionState.USING, null, null));
        return key;
    }

    /** A group led by Brighton that Hackney joined by request (so it holds before and after invitations exist). */
    String freshGroup() {
        Result created = ok(fixture.http.post(BRIGHTON_EDITOR, "working-groups", HttpCalls.json(groupBody())));
        String key = created.json().path("key").asText();
        Result asked = ok(fixture.http.post(HACKNEY_EDITOR, "working-groups/" + key + "/join-requests",
                "{\"council\":\"" + HACKNEY + "\",\"role\":\"member\"}"));
        ok(fixture.http.post(BRIGHTON_EDITOR,
                "working-groups/" + key + "/join-requests/" + asked.json().path("id").asLong() + "/approve", "{}"));
        return key;
    }

    /** A fresh group in whose charter Hackney's editor recorded Hackney's commitment; the group's key. */
    String freshCommitment() {
        String key = freshGroup();
        ok(fixture.http.put(HACKNEY_EDITOR, "working-groups/" + key + "/charter/" + HACKNEY, COMMITMENT));
        return key;
    }

    /** Leeds' pending request to join the group, with the secret message. */
    long freshJoinRequest(String groupKey) {
        Result asked = ok(fixture.http.post(LEEDS_EDITOR, "working-groups/" + groupKey + "/join-requests",
                "{\"council\":\"" + LEEDS + "\",\"role\":\"member\",\"message\":\"" + JOIN_MESSAGE + "\"}"));
        return asked.json().path("id").asLong();
    }

    /** A pending invitation of Leeds as a member, made by the lead's (Brighton's) editor; its id. */
    long freshInvitation(String groupKey) {
        Result invited = ok(fixture.http.post(BRIGHTON_EDITOR, "working-groups/" + groupKey + "/invitations",
                "{\"council\":\"" + LEEDS + "\",\"role\":\"member\"}"));
        return invited.json().path("id").asLong();
    }

    /** The stored version of an entry or group, read as an admin. */
    int version(String path) {
        Result read = ok(fixture.http.get(ADMIN, path));
        return read.json().has("group") ? read.json().path("group").path("version").asInt()
                : read.json().path("version").asInt();
    }

    static final String COMMITMENT = "{\"peopleDaysPerMonth\":2.5,\"moneyPerYear\":5000,"
            + "\"role\":\"tests with residents\",\"agreedOn\":\"2025-06-02\"}";

    static Map<String, Object> groupBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Waste digital forum");
        body.put("aim", "Share what works in online bin and recycling services.");
        body.put("serviceAreas", List.of("waste"));
        body.put("model", "community-of-practice");
        body.put("cadence", "Monthly, online");
        body.put("exitCriteria", "Every member runs a live missed-bin report service.");
        body.put("leadCouncil", BRIGHTON);
        body.put("memberCouncils", List.of());
        return body;
    }

    /** A valid entry body owned by {@code owner} with the Hackney key contact. */
    static Map<String, Object> solutionBody(String owner) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Bin collection day finder");
        body.put("summary", "Residents look up their bin collection day by postcode");
        body.put("description", "Reads the round schedule and answers by postcode.");
        body.put("kind", "software");
        body.put("phase", "beta");
        body.put("ownerCouncil", owner);
        body.put("keyContact", CONTACT_KEY);
        body.put("serviceAreas", List.of("waste"));
        body.put("offers", List.of("share-code"));
        body.put("landingUrl", "https://www.brighton-hove.gov.uk/bins");
        body.put("licence", "MIT");
        return body;
    }

    static String report(String date) {
        return "{\"date\":\"" + date + "\",\"rag\":\"amber\",\"summary\":\"On track.\",\"achievements\":\"Some.\","
                + "\"nextSteps\":\"More.\",\"risks\":\"Few.\"}";
    }

    int next() {
        return ++counter;
    }

    private static Result ok(Result result) {
        if (result.status() >= 300) {
            throw new IllegalStateException("Seeding failed: " + result.status() + " " + result.body());
        }
        return result;
    }
}
