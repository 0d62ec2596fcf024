package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.RegisterFixture;
import org.junit.Before;
import org.junit.Test;

/** An administrator hands a person's entries to a new key contact, in batches, on a real database (#18). */
public class ContactReassignmentDbTest {

    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final String GONE = "user-gone";
    private static final String NEW = "user-hackney-editor";

    private final RegisterFixture fixture = new RegisterFixture();
    private final DemoPeople people = new DemoPeople();
    private ContactReassignment target;

    @Before
    public void setUp() {
        fixture.reset();
        target = new ContactReassignment(fixture.store, fixture.actor, fixture.transactions, people, fixture.clock);
        fixture.actor.actAs(ADMIN);
    }

    @Test
    public void admin_handsEveryEntryOfThePersonOverWithHistoryVersionAndAudit() {
        SolutionKey draft = entry("Draft one", GONE, false);
        SolutionKey published = entry("Published one", GONE, true);
        SolutionKey other = entry("Someone else's", "user-brighton-editor", true);
        int publishedVersion = fixture.register.get(published).version();
        fixture.audit.clear();

        ContactReassignment.Result result = target.reassign(" " + GONE + " ", NEW);

        assertThat(result.reassigned()).containsExactly(draft, published);
        assertThat(result.remaining()).isZero();
        assertThat(fixture.register.get(draft).content().keyContact()).isEqualTo(NEW);
        assertThat(fixture.register.get(published).content().keyContact()).isEqualTo(NEW);
        assertThat(fixture.register.get(published).version()).isEqualTo(publishedVersion + 1);
        assertThat(fixture.register.get(other).content().keyContact()).isEqualTo("user-brighton-editor");
        assertThat(fixture.register.history(published, PageRequest.FIRST).items().get(0))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::actor)
                .containsExactly("keyContact", GONE, NEW, "user-admin");
        assertThat(fixture.audit.records()).extracting(AuditRecord::summaryKey, AuditRecord::objectId)
                .containsExactly(tuple(ContactReassignment.AUDIT_REASSIGNED, draft.toString()),
                        tuple(ContactReassignment.AUDIT_REASSIGNED, published.toString()));
    }

    @Test
    public void manyEntries_goOverABatchACallUntilNoneRemain() {
        List<SolutionKey> keys = new ArrayList<>();
        for (int i = 0; i < ContactReassignment.BATCH + 2; i++) {
            keys.add(entry("Entry " + i, GONE, false));
        }

        ContactReassignment.Result first = target.reassign(GONE, NEW);
        ContactReassignment.Result second = target.reassign(GONE, NEW);

        assertThat(first.reassigned()).hasSize(ContactReassignment.BATCH)
                .containsExactlyElementsOf(keys.subList(0, ContactReassignment.BATCH));
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(second.reassigned()).containsExactlyElementsOf(keys.subList(ContactReassignment.BATCH,
                keys.size()));
        assertThat(second.remaining()).isZero();
        assertThatThrownBy(() -> target.reassign(GONE, NEW)).isInstanceOf(ValidationException.class);
    }

    @Test
    public void anEditBegunBeforeTheHandover_isStale() {
        SolutionKey key = entry("Being edited", GONE, true);
        Solution read = fixture.register.get(key);

        target.reassign(GONE, NEW);

        fixture.actor.actAs(BRIGHTON_EDITOR);
        assertThatThrownBy(() -> fixture.register.update(key, read.version(), read.content()))
                .isInstanceOf(Refusal.StaleVersion.class);
    }

    @Test
    public void someoneNotAnAdmin_isRefusedAndNothingChanges() {
        SolutionKey key = entry("Mine", GONE, true);
        fixture.actor.actAs(BRIGHTON_EDITOR);

        assertThatThrownBy(() -> target.reassign(GONE, NEW)).isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.reassign(GONE, NEW)).isInstanceOf(Refusal.NotAuthenticated.class);

        fixture.actor.actAs(ADMIN);
        assertThat(fixture.register.get(key).content().keyContact()).isEqualTo(GONE);
    }

    @Test
    public void theNewContact_mustBeAnActiveUserOtherThanTheOldOne() {
        SolutionKey key = entry("Checked", GONE, true);
        people.deactivate("hackney-editor");

        assertThat(errors(() -> target.reassign(GONE, NEW))).containsExactly(
                tuple("to", ContactReassignment.NOT_ACTIVE));
        assertThat(errors(() -> target.reassign(GONE, "user-nobody"))).containsExactly(
                tuple("to", ContactReassignment.NOT_ACTIVE));
        assertThat(errors(() -> target.reassign(GONE, GONE))).containsExactly(tuple("to", ContactReassignment.SAME));
        assertThat(fixture.register.get(key).content().keyContact()).isEqualTo(GONE);
    }

    @Test
    public void fields_areRequiredBoundedAndTheOldContactMustNameSomeEntry() {
        assertThat(errors(() -> target.reassign(" ", null))).containsExactly(
                tuple("from", "connected-councils.error.required"), tuple("to", "connected-councils.error.required"));
        assertThat(errors(() -> target.reassign("x".repeat(256), NEW))).containsExactly(
                tuple("from", "connected-councils.error.tooLong"));
        assertThat(errors(() -> target.reassign("user-nobody-named", NEW))).containsExactly(
                tuple("from", ContactReassignment.NO_ENTRIES));
    }

    private SolutionKey entry(String name, String contact, boolean publish) {
        Actor before = fixture.actor.current();
        fixture.actor.actAs(ADMIN);
        SolutionKey key = fixture.register.create(aSolution().named(name).withKeyContact(contact).build()).key();
        if (publish) {
            fixture.register.publish(key);
        }
        fixture.actor.actAs(before);
        return key;
    }

    private static List<org.assertj.core.groups.Tuple> errors(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(f -> tuple(f.field(), f.code())).toList();
        }
        throw new AssertionError("no validation error");
    }
}
