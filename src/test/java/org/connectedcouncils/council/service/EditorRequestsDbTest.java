package org.connectedcouncils.council.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.audit.AuditAfterCommit;
import org.connectedcouncils.common.ao.AoTransactions;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.service.PersonNames;
import org.connectedcouncils.council.ao.AoEditorRequestStore;
import org.connectedcouncils.council.ao.AoRoleMappings;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.domain.EditorRequestState;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.service.EditorRightsNotices;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/**
 * Requests for editor rights on a real database: one pending request per person and council, only the council's
 * editors and admins decide, an approval is a user mapping that lets the requester edit the council's entries, a
 * refusal keeps its reason, and the editors and the requester are notified.
 */
public class EditorRequestsDbTest {

    private static final String REQUESTER = "user-viewer";
    private static final Actor VIEWER = Actor.viewer(REQUESTER);
    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);

    private final RegisterFixture fixture = new RegisterFixture().reset();
    private final AoRoleMappings mappings = new AoRoleMappings(fixture.db.ao());
    private final AoNotificationStore notifications = new AoNotificationStore(fixture.db.ao());
    private final AuditAfterCommit events = new AuditAfterCommit(new AoTransactions(fixture.db.ao()), fixture.audit,
            List.of(new EditorRightsNotices(council -> council.equals(BRIGHTON) ? Set.of("user-brighton-editor")
                    : Set.of(), notifications, fixture.councils)));
    private final EditorRequests target = new EditorRequests(new AoEditorRequestStore(fixture.db.ao()),
            fixture.councils, mappings, fixture.actor, events, events, events, PersonNames.NONE, fixture.clock);

    @Before
    public void setUp() {
        fixture.actor.actAs(VIEWER);
    }

    @Test
    public void request_secondPendingRequestForTheSameCouncilIsRefused() {
        target.request(BRIGHTON, "I run Brighton's digital team");

        assertThatThrownBy(() -> target.request(BRIGHTON, "Again")).isInstanceOf(Refusal.Conflict.class);
        assertThat(target.request(HACKNEY, "I also help Hackney").isPending()).isTrue();
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThat(target.pending(BRIGHTON, PageRequest.FIRST).total()).isEqualTo(1);
    }

    @Test
    public void request_isCheckedFirst() {
        assertThatThrownBy(() -> target.request(BRIGHTON, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> target.request(BRIGHTON, "x".repeat(EditorRequest.REASON_MAX + 1)))
                .isInstanceOf(ValidationException.class);
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> target.request(BRIGHTON, "I edit already")).isInstanceOf(Refusal.Conflict.class);
        fixture.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.request(BRIGHTON, "Who am I")).isInstanceOf(Refusal.NotAuthenticated.class);

        fixture.actor.actAs(Actor.administrator("user-admin"));
        assertThat(target.pending(BRIGHTON, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void approve_byNonEditorOfTheCouncilIsRefusedAndGrantsNothing() {
        EditorRequest made = target.request(BRIGHTON, "I run Brighton's digital team");

        fixture.actor.actAs(Actor.viewer("user-someone"));
        assertThatThrownBy(() -> target.approve(BRIGHTON, made.id())).isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(Actor.editor("user-hackney-editor", HACKNEY));
        assertThatThrownBy(() -> target.approve(BRIGHTON, made.id())).isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.pending(BRIGHTON, PageRequest.FIRST)).isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(VIEWER);
        assertThatThrownBy(() -> target.approve(BRIGHTON, made.id())).isInstanceOf(Refusal.NotAllowed.class);

        assertThat(mappings.list(PageRequest.FIRST).total()).isZero();
        assertThat(target.mine(BRIGHTON).state()).isEqualTo(EditorRequestState.PENDING);
    }

    @Test
    public void approve_grantsEditingTheCouncilsEntries() {
        fixture.actor.actAs(BRIGHTON_EDITOR);
        Solution entry = fixture.register.create(aSolution().named("Bin finder").ownedBy(BRIGHTON).build());
        fixture.actor.actAs(VIEWER);
        EditorRequest made = target.request(BRIGHTON, "I run Brighton's digital team");

        fixture.actor.actAs(BRIGHTON_EDITOR);
        EditorRequest approved = target.approve(BRIGHTON, made.id());

        assertThat(approved.state()).isEqualTo(EditorRequestState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("user-brighton-editor");
        Actor resolved = new CouncilActors(mappings, () -> null).resolve(REQUESTER, false, group -> false);
        assertThat(resolved.editsFor(BRIGHTON)).isTrue();
        fixture.actor.actAs(resolved);
        Solution edited = fixture.register.update(entry.key(), entry.version(),
                aSolution().named("Bin finder, edited by the new editor").ownedBy(BRIGHTON).build());
        assertThat(edited.content().name()).isEqualTo("Bin finder, edited by the new editor");
        assertThat(fixture.audit.records()).extracting(r -> r.summaryKey())
                .contains("connected-councils.audit.mapping.added", "connected-councils.audit.editorRequest.approved");
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> target.approve(BRIGHTON, made.id())).isInstanceOf(Refusal.Conflict.class);
        assertThat(target.pending(BRIGHTON, PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void approve_byAnAdminWorksForAnyCouncil() {
        EditorRequest made = target.request(HACKNEY, "Hackney's new service designer");

        fixture.actor.actAs(Actor.administrator("user-admin"));
        target.approve(HACKNEY, made.id());

        assertThat(new CouncilActors(mappings, () -> null).resolve(REQUESTER, false, group -> false)
                .editsFor(HACKNEY)).isTrue();
    }

    @Test
    public void refuse_recordsTheReasonGrantsNothingAndAllowsANewRequest() {
        EditorRequest made = target.request(BRIGHTON, "I run Brighton's digital team");
        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> target.refuse(BRIGHTON, made.id(), "")).isInstanceOf(ValidationException.class);

        EditorRequest refused = target.refuse(BRIGHTON, made.id(), "Please ask your head of service first");

        assertThat(refused.state()).isEqualTo(EditorRequestState.REFUSED);
        assertThat(mappings.list(PageRequest.FIRST).total()).isZero();
        fixture.actor.actAs(VIEWER);
        assertThat(target.mine(BRIGHTON).refusal()).isEqualTo("Please ask your head of service first");
        assertThat(target.standing(BRIGHTON, PageRequest.FIRST).mine()).get()
                .extracting(EditorRequest::state).isEqualTo(EditorRequestState.REFUSED);
        assertThat(target.request(BRIGHTON, "My head of service agrees now").isPending()).isTrue();
    }

    @Test
    public void requestAndDecision_notifyTheEditorsThenTheRequester() {
        EditorRequest made = target.request(BRIGHTON, "I run Brighton's digital team");
        fixture.actor.actAs(BRIGHTON_EDITOR);
        target.refuse(BRIGHTON, made.id(), "Not yet");

        List<Notification> toEditor = new ArrayList<>(notifications.page("user-brighton-editor", false,
                PageRequest.FIRST).items());
        List<Notification> toRequester = new ArrayList<>(notifications.page(REQUESTER, false, PageRequest.FIRST)
                .items());
        assertThat(toEditor).extracting(Notification::what).containsExactly("editor-requested");
        assertThat(toEditor.get(0).detail()).isEqualTo("I run Brighton's digital team");
        assertThat(toRequester).extracting(Notification::what).containsExactly("editor-refused");
        assertThat(toRequester.get(0).detail()).isEqualTo("Not yet");
    }
}
