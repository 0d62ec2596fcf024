package org.connectedcouncils.register.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.audit.AuditRecord;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.domain.HistoryEntry;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SqlCounter;
import org.junit.Before;
import org.junit.Test;

/** The successor of an ended council takes its entries over, on a real database (#24). */
public class CouncilTakeOverDbTest {

    private static final CouncilCode ENDED = CouncilCode.of("E07000201");
    private static final Actor ADMIN = Actor.administrator("user-admin");
    private static final Actor BRIGHTON_EDITOR = Actor.editor("user-brighton-editor", BRIGHTON);
    private static final Actor HACKNEY_EDITOR = Actor.editor("user-hackney-editor", HACKNEY);
    private static final Actor ENDED_EDITOR = Actor.editor("user-ended-editor", ENDED);

    private final RegisterFixture fixture = new RegisterFixture();
    private CouncilTakeOver target;

    @Before
    public void setUp() {
        fixture.reset();
        fixture.councils.save(Council.active(ENDED.value(), "Forest Heath District Council", CouncilType.DISTRICT,
                "East of England"));
        target = new CouncilTakeOver(fixture.register, fixture.store, fixture.councils, fixture.actor,
                fixture.transactions);
    }

    @Test
    public void successorsEditor_takesOverEveryEntryWithAHistoryLineEach() {
        SolutionKey draft = entry("Draft of the ended council", false);
        SolutionKey published = entry("Published by the ended council", true);
        SolutionKey brightons = fixture.register.create(aSolution().named("Brighton's own").ownedBy(BRIGHTON)
                .build()).key();
        int version = fixture.register.get(published).version();
        end();
        fixture.actor.actAs(BRIGHTON_EDITOR);

        assertThat(target.waiting(BRIGHTON)).singleElement().satisfies(w -> {
            assertThat(w.ended().code()).isEqualTo(ENDED);
            assertThat(w.entries()).isEqualTo(2);
        });
        CouncilTakeOver.Result result = target.takeOver(BRIGHTON);

        assertThat(result.takenOver()).containsExactly(draft, published);
        assertThat(result.remaining()).isZero();
        assertThat(fixture.register.get(draft).content().ownerCouncil()).isEqualTo(BRIGHTON);
        assertThat(fixture.register.get(published).content().ownerCouncil()).isEqualTo(BRIGHTON);
        assertThat(fixture.register.get(published).version()).isEqualTo(version + 1);
        assertThat(fixture.register.get(brightons).version()).isEqualTo(1);
        for (SolutionKey key : List.of(draft, published)) {
            assertThat(fixture.register.history(key, PageRequest.FIRST).items().get(0))
                    .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue,
                            HistoryEntry::actor)
                    .containsExactly("ownerCouncil", ENDED.value(), BRIGHTON.value(), "user-brighton-editor");
        }
        assertThat(target.waiting(BRIGHTON)).isEmpty();
        assertThatThrownBy(() -> target.takeOver(BRIGHTON)).isInstanceOf(Refusal.Conflict.class)
                .hasMessageContaining(CouncilTakeOver.NOTHING);
        // The ended council's profile still names its successor, and its history stays on the entries.
        RegisterQueries.CouncilProfile profile = new RegisterQueries(fixture.register, fixture.store,
                fixture.councils, fixture.serviceAreas, fixture.actor).profile(ENDED, PageRequest.FIRST);
        assertThat(profile.council().successor()).isEqualTo(BRIGHTON);
        assertThat(profile.owners()).containsKey(BRIGHTON);
        assertThat(fixture.register.history(published, PageRequest.FIRST).total()).isGreaterThan(1);
    }

    @Test
    public void anotherCouncilsEditorOrTheEndedCouncilsOwn_isRefusedAndNothingMoves() {
        SolutionKey key = entry("Stays put", true);
        end();

        for (Actor someone : List.of(HACKNEY_EDITOR, ENDED_EDITOR, Actor.viewer("user-viewer"))) {
            fixture.actor.actAs(someone);
            assertThat(target.waiting(BRIGHTON)).isEmpty();
            assertThatThrownBy(() -> target.takeOver(BRIGHTON)).isInstanceOf(Refusal.NotAllowed.class);
            // Nor may they move one entry by the register's path.
            assertThatThrownBy(() -> fixture.register.takeOver(key, BRIGHTON))
                    .isInstanceOf(Refusal.NotAllowed.class);
        }
        fixture.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.takeOver(BRIGHTON)).isInstanceOf(Refusal.NotAuthenticated.class);

        fixture.actor.actAs(ADMIN);
        assertThat(fixture.register.get(key).content().ownerCouncil()).isEqualTo(ENDED);
    }

    @Test
    public void aCouncilThatDidNotEnd_cannotBeTakenOverAndNothingWaitsForItsNeighbour() {
        SolutionKey key = entry("Still current", true);
        fixture.actor.actAs(BRIGHTON_EDITOR);

        assertThat(target.waiting(BRIGHTON)).isEmpty();
        assertThatThrownBy(() -> target.takeOver(BRIGHTON)).isInstanceOf(Refusal.Conflict.class);
        assertThatThrownBy(() -> fixture.register.takeOver(key, BRIGHTON)).isInstanceOf(Refusal.NotAllowed.class);
        fixture.actor.actAs(HACKNEY_EDITOR);
        assertThatThrownBy(() -> target.takeOver(HACKNEY)).isInstanceOf(Refusal.Conflict.class);
        assertThatThrownBy(() -> target.takeOver(CouncilCode.of("E06000099")))
                .isInstanceOf(Refusal.NotFound.class);
    }

    @Test
    public void manyEntries_goOverABatchACallUntilNoneRemain() {
        List<SolutionKey> keys = new ArrayList<>();
        for (int i = 0; i < CouncilTakeOver.BATCH + 2; i++) {
            keys.add(entry("Entry " + i, false));
        }
        end();
        fixture.actor.actAs(ADMIN);

        CouncilTakeOver.Result first = target.takeOver(BRIGHTON);
        CouncilTakeOver.Result second = target.takeOver(BRIGHTON);

        assertThat(first.takenOver()).containsExactlyElementsOf(keys.subList(0, CouncilTakeOver.BATCH));
        assertThat(first.remaining()).isEqualTo(2);
        assertThat(second.takenOver()).containsExactlyElementsOf(keys.subList(CouncilTakeOver.BATCH, keys.size()));
        assertThat(second.remaining()).isZero();
    }

    @Test
    public void takingOverOneEntry_writesWhatTheEditMovingItsOwnerWrites() {
        SolutionKey edited = entry("Moved by an edit", true);
        SolutionKey takenOver = entry("Taken over", true);
        end();
        fixture.actor.actAs(ADMIN);
        fixture.audit.clear();

        var current = fixture.register.get(edited);
        fixture.register.update(edited, current.version(), current.content().withOwnerCouncil(BRIGHTON));
        fixture.register.takeOver(takenOver, BRIGHTON);

        assertThat(fixture.audit.records()).hasSize(2);
        var byEdit = fixture.audit.records().get(0);
        var byTakeOver = fixture.audit.records().get(1);
        assertThat(byTakeOver).extracting(AuditRecord::summaryKey, AuditRecord::objectType, AuditRecord::actor,
                AuditRecord::changes).containsExactly(byEdit.summaryKey(), byEdit.objectType(), byEdit.actor(),
                byEdit.changes());
        assertThat(byEdit.changes()).extracting(AuditRecord.Change::field).containsExactly("ownerCouncil");
        assertThat(line(takenOver)).isEqualTo(line(edited)).containsExactly("ownerCouncil", ENDED.value(),
                BRIGHTON.value(), "user-admin");
        assertThat(fixture.register.get(takenOver).version()).isEqualTo(fixture.register.get(edited).version());
    }

    private List<Object> line(SolutionKey key) {
        HistoryEntry last = fixture.register.history(key, PageRequest.FIRST).items().get(0);
        return List.of(last.field(), last.oldValue(), last.newValue(), last.actor());
    }

    @Test
    public void countingWhatWaits_takesAsManyStatementsForManyEndedCouncilsAsForOne() {
        entry("Of the first ended council", true);
        end();
        fixture.actor.actAs(BRIGHTON_EDITOR);
        int one = statementsOf(() -> target.waiting(BRIGHTON));
        for (int i = 0; i < 3; i++) {
            CouncilCode code = CouncilCode.of("E0700030" + i);
            fixture.councils.save(Council.active(code.value(), "Ended council " + i, CouncilType.DISTRICT,
                    "East of England"));
            fixture.actor.actAs(ADMIN);
            fixture.register.create(aSolution().named("Of ended council " + i).ownedBy(code).build());
            fixture.councils.save(fixture.councils.find(code).orElseThrow().endedOn(LocalDate.of(2024, 3, 31),
                    BRIGHTON));
        }
        fixture.actor.actAs(BRIGHTON_EDITOR);

        int four = statementsOf(() -> assertThat(target.waiting(BRIGHTON)).hasSize(4)
                .allSatisfy(w -> assertThat(w.entries()).isEqualTo(1)));

        assertThat(four).isEqualTo(one);
    }

    @Test
    public void moreEndedCouncilsThanAnInListHolds_waitAndAreTakenOver_inAStatementPerThousandOwners() {
        SolutionKey first = entry("Of the first ended council", false);
        end();
        fixture.actor.actAs(BRIGHTON_EDITOR);
        int oneEnded = statementsOf(() -> target.waiting(BRIGHTON));
        CouncilCode last = CouncilCode.of("X01199");
        fixture.councils.save(Council.active(last.value(), "Last ended council", CouncilType.DISTRICT,
                "East of England"));
        fixture.actor.actAs(ADMIN);
        SolutionKey lasts = fixture.register.create(aSolution().named("Of the last ended council").ownedBy(last)
                .build()).key();
        for (int i = 0; i < 1_200; i++) {
            fixture.councils.save(Council.active(String.format("X%05d", i), "Ended council " + i,
                    CouncilType.DISTRICT, "East of England").endedOn(LocalDate.of(2024, 3, 31), BRIGHTON));
        }
        fixture.actor.actAs(BRIGHTON_EDITOR);

        int manyEnded = statementsOf(() -> assertThat(target.waiting(BRIGHTON))
                .extracting(w -> w.ended().code(), CouncilTakeOver.Waiting::entries)
                .containsExactlyInAnyOrder(tuple(ENDED, 1), tuple(last, 1)));
        CouncilTakeOver.Result result = target.takeOver(BRIGHTON);

        assertThat(manyEnded).as("1,201 ended councils: one more IN list, one more statement").isEqualTo(oneEnded + 1);
        assertThat(result.takenOver()).containsExactly(first, lasts);
        assertThat(result.remaining()).isZero();
        assertThat(fixture.register.get(lasts).content().ownerCouncil()).isEqualTo(BRIGHTON);
    }

    private int statementsOf(Runnable read) {
        try (SqlCounter sql = SqlCounter.on(fixture.db.entityManager())) {
            read.run();
            return sql.count();
        }
    }

    private SolutionKey entry(String name, boolean publish) {
        fixture.actor.actAs(ADMIN);
        SolutionKey key = fixture.register.create(aSolution().named(name).ownedBy(ENDED).build()).key();
        if (publish) {
            fixture.register.publish(key);
        }
        return key;
    }

    /** The council ends as the update of the council list leaves it: retired, naming Brighton as successor. */
    private void end() {
        Council council = fixture.councils.find(ENDED).orElseThrow();
        fixture.councils.save(council.endedOn(LocalDate.of(2024, 3, 31), BRIGHTON));
    }
}
