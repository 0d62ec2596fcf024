package org.connectedcouncils.register.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.register.rest.SolutionBodies.with;
import static org.connectedcouncils.testing.DemoUsers.ADMIN;
import static org.connectedcouncils.testing.DemoUsers.BRIGHTON_EDITOR;
import static org.connectedcouncils.testing.DemoUsers.HACKNEY_EDITOR;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.HttpCalls;
import org.connectedcouncils.testing.HttpCalls.Result;
import org.connectedcouncils.testing.RestFixture;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * Moving an entry to another owner council ({@code PUT /solutions/{key}} with a new {@code ownerCouncil}) needs
 * editor rights for both councils, or an admin: a key contact from another council may edit the entry but not take
 * it to their own council.
 */
public class OwnerChangeDbTest {

    private static final String LEEDS = "E08000035";

    @ClassRule
    public static final RestFixture fixture = new RestFixture();

    private Solution entry;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.data.actor.actAs(DemoUsers.actor(ADMIN));
        entry = fixture.data.register.create(aSolution().ownedBy(BRIGHTON).withKeyContact("user-hackney-editor")
                .build());
    }

    @Test
    public void keyContactFromAnotherCouncil_mayEditButNotMoveTheEntryToTheirCouncil() {
        Result moved = fixture.http.put(HACKNEY_EDITOR, "solutions/" + entry.key(), body(HACKNEY.value()));

        assertThat(moved.status()).as(moved.body()).isEqualTo(403);
        assertThat(moved.errorCodes()).containsExactly("connected-councils.denied.notBothCouncilsEditor");
        assertThat(fixture.data.store.find(entry.key()).orElseThrow().content().ownerCouncil()).isEqualTo(BRIGHTON);
        Result edited = fixture.http.put(HACKNEY_EDITOR, "solutions/" + entry.key(), body(BRIGHTON.value()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    @Test
    public void ownerEditor_mayNotMoveTheEntryToACouncilTheyDoNotEditFor() {
        Result moved = fixture.http.put(BRIGHTON_EDITOR, "solutions/" + entry.key(), body(LEEDS));

        assertThat(moved.status()).as(moved.body()).isEqualTo(403);
        assertThat(moved.errorCodes()).containsExactly("connected-councils.denied.notCouncilEditor");
    }

    @Test
    public void admin_movesTheEntry() {
        Result moved = fixture.http.put(ADMIN, "solutions/" + entry.key(), body(HACKNEY.value()));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("ownerCouncil").path("code").asText()).isEqualTo(HACKNEY.value());
    }

    @Test
    public void editorOfBothCouncils_movesTheEntry() {
        fixture.data.actor.actAs(Actor.editor("user-both", BRIGHTON, HACKNEY));
        SolutionContent c = entry.content();
        SolutionContent next = aSolution().ownedBy(HACKNEY).withKeyContact(c.keyContact()).build();

        Solution moved = fixture.data.register.update(entry.key(), entry.version(), next);

        assertThat(moved.content().ownerCouncil()).isEqualTo(HACKNEY);
    }

    @Test
    public void keyContactFromAnotherCouncil_isRefusedInTheServiceToo() {
        fixture.data.actor.actAs(DemoUsers.actor(HACKNEY_EDITOR));
        SolutionContent next = aSolution().ownedBy(HACKNEY).withKeyContact("user-hackney-editor").build();

        assertThatThrownBy(() -> fixture.data.register.update(entry.key(),
                entry.version(), next)).isInstanceOf(NotAllowed.class);
    }

    private String body(String owner) {
        Map<String, Object> body = with("ownerCouncil", owner);
        body.put("keyContact", "user-hackney-editor");
        body.put("version", fixture.data.store.find(entry.key()).orElseThrow().version());
        return HttpCalls.json(body);
    }
}
