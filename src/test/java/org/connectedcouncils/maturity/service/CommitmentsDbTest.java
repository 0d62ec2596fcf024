package org.connectedcouncils.maturity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.maturity.ao.AoCommitmentStore;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.domain.CouncilCommitment;
import org.connectedcouncils.testing.SqlCounter;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/** Councils' commitments on a real database: bounds named per field, who may write, linked groups, paging. */
public class CommitmentsDbTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private CouncilCommitments target;

    @Before
    public void setUp() {
        fixture.reset();
        target = new CouncilCommitments(new AoCommitmentStore(fixture.register.db.ao()), fixture.register.councils,
                fixture.store, fixture.register.register, fixture.register.actor, fixture.register.transactions,
                fixture.register.transactions, fixture.register.clock);
        fixture.register.actor.actAs(Actor.editor("brighton-editor", BRIGHTON));
    }

    private static CommitmentDraft signed(LocalDate on) {
        return new CommitmentDraft(CommitmentKind.DECLARATION, null, CommitmentStatus.SIGNED, on, null, null, null);
    }

    @Test
    public void signedDeclaration_isListedOnTheProfileAndAcrossCouncils_andAudited() {
        CouncilCommitment saved = target.add(BRIGHTON, new CommitmentDraft(CommitmentKind.DECLARATION,
                "  Local Digital Declaration  ", CommitmentStatus.SIGNED, TODAY.minusYears(2), null, null, null));
        fixture.register.actor.actAs(Actor.viewer("reader"));

        Page<ListedCommitment> mine = target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST);
        assertThat(mine.items()).singleElement().satisfies(l -> {
            assertThat(l.councilName()).isEqualTo("Brighton and Hove City Council");
            assertThat(l.commitment().draft().title()).isEqualTo("Local Digital Declaration");
            assertThat(l.commitment().draft().madeOn()).isEqualTo(TODAY.minusYears(2));
            assertThat(l.commitment().id()).isEqualTo(saved.id());
        });
        assertThat(target.list(new CommitmentFilter(null, CommitmentStatus.SIGNED, null), PageRequest.FIRST)
                .total()).isEqualTo(1);
        assertThat(target.list(new CommitmentFilter(null, CommitmentStatus.MET, null), PageRequest.FIRST)
                .total()).isZero();
        assertThat(target.list(CommitmentFilter.of(HACKNEY), PageRequest.FIRST).total()).isZero();
        assertThat(fixture.register.audit.records()).anyMatch(r -> r.summaryKey().endsWith("commitments.added"));
    }

    @Test
    public void everyBoundBroken_isNamedByItsField() {
        CommitmentDraft bad = new CommitmentDraft(CommitmentKind.OTHER, " ", CommitmentStatus.IN_PROGRESS,
                TODAY.plusDays(1), LocalDate.of(1999, 1, 1), TODAY, 3L);
        assertThatThrownBy(() -> target.add(BRIGHTON, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "madeOn", "dueBy", "metOn", "group"));
        CommitmentDraft unsigned = new CommitmentDraft(CommitmentKind.PUBLISH, "x".repeat(201),
                CommitmentStatus.MET, null, TODAY.plusYears(11), null, null);
        assertThatThrownBy(() -> target.add(BRIGHTON, unsigned)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "madeOn", "dueBy", "metOn"));
        CommitmentDraft noKind = new CommitmentDraft(null, null, null, null, null, null, null);
        assertThatThrownBy(() -> target.add(BRIGHTON, noKind)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("kind", "status"));
        assertThat(target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void onlyTheCouncilsEditorsOrAnAdminWrite_andAnotherCouncilsCommitmentIsNotFound() {
        CouncilCommitment mine = target.add(BRIGHTON, signed(TODAY));
        fixture.register.actor.actAs(Actor.editor("hackney-editor", HACKNEY));
        assertThatThrownBy(() -> target.add(BRIGHTON, signed(TODAY))).isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.update(BRIGHTON, mine.id(), signed(TODAY)))
                .isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.delete(BRIGHTON, mine.id())).isInstanceOf(Refusal.NotAllowed.class);
        assertThatThrownBy(() -> target.delete(HACKNEY, mine.id())).isInstanceOf(Refusal.NotFound.class);
        fixture.register.actor.actAs(Actor.anonymous());
        assertThatThrownBy(() -> target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST))
                .isInstanceOf(Refusal.NotAuthenticated.class);

        fixture.register.actor.actAs(Actor.administrator("admin"));
        CommitmentDraft met = new CommitmentDraft(CommitmentKind.DECLARATION, null, CommitmentStatus.MET,
                TODAY.minusDays(10), TODAY.minusDays(5), TODAY, null);
        assertThat(target.update(BRIGHTON, mine.id(), met).draft().metOn()).isEqualTo(TODAY);
        target.delete(BRIGHTON, mine.id());
        assertThat(target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST).total()).isZero();
    }

    @Test
    public void leadingAGroup_linksAGroupTheCouncilIsIn_andAClosedOrGoneGroupStillLists() {
        WorkingGroupKey group = fixture.store.create(aGroup().named("Bins <script>").build(), "seed",
                fixture.register.clock.instant()).key();
        CommitmentDraft lead = new CommitmentDraft(CommitmentKind.LEAD_GROUP, "Lead the bins group",
                CommitmentStatus.IN_PROGRESS, TODAY, TODAY.plusYears(1), null, group.number());
        fixture.register.actor.actAs(Actor.editor("leeds-editor", LEEDS));
        assertThatThrownBy(() -> target.add(LEEDS, lead)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("group"));
        CommitmentDraft unknown = new CommitmentDraft(CommitmentKind.LEAD_GROUP, null, CommitmentStatus.PLANNED,
                null, null, null, 9999L);
        assertThatThrownBy(() -> target.add(LEEDS, unknown)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::code)
                        .containsExactly("connected-councils.commitments.error.unknownGroup"));

        fixture.register.actor.actAs(Actor.editor("brighton-editor", BRIGHTON));
        target.add(BRIGHTON, lead);
        ListedCommitment listed = target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST).items().get(0);
        assertThat(listed.group().details().name()).isEqualTo("Bins <script>");
        assertThat(listed.groupGone()).isFalse();

        fixture.register.actor.actAs(Actor.administrator("admin"));
        fixture.groups.changeStatus(group, GroupStatus.CLOSED);
        assertThat(target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST).items().get(0).group().status())
                .isEqualTo(GroupStatus.CLOSED);
        fixture.register.db.ao().deleteWithSQL(org.connectedcouncils.workinggroup.ao.AoMembership.class,
                "ID > ?", 0);
        fixture.register.db.ao().deleteWithSQL(org.connectedcouncils.workinggroup.ao.AoGroupArea.class,
                "ID > ?", 0);
        fixture.register.db.ao().deleteWithSQL(org.connectedcouncils.workinggroup.ao.AoWorkingGroup.class,
                "ID > ?", 0);
        ListedCommitment gone = target.list(CommitmentFilter.of(BRIGHTON), PageRequest.FIRST).items().get(0);
        assertThat(gone.group()).isNull();
        assertThat(gone.groupGone()).isTrue();
    }

    @Test
    public void pages_areBounded_newestFirst_inAConstantNumberOfStatements() {
        WorkingGroupKey group = fixture.store.create(aGroup().build(), "seed", fixture.register.clock.instant())
                .key();
        for (int i = 0; i < 30; i++) {
            fixture.register.clock.advance(java.time.Duration.ofMinutes(1));
            target.add(i % 2 == 0 ? BRIGHTON : HACKNEY, i % 3 == 0 ? new CommitmentDraft(CommitmentKind.LEAD_GROUP,
                    "Lead " + i, CommitmentStatus.SIGNED, TODAY, null, null, group.number()) : signed(TODAY));
            if (i == 0) {
                fixture.register.actor.actAs(Actor.administrator("admin"));
            }
        }
        Page<ListedCommitment> first = target.list(new CommitmentFilter(null, null, null), new PageRequest(0, 10));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.items()).hasSize(10);
        assertThat(first.items().get(0).commitment().created())
                .isAfter(first.items().get(9).commitment().created());
        assertThat(target.list(new CommitmentFilter(null, null, CommitmentKind.LEAD_GROUP), new PageRequest(0, 25))
                .total()).isEqualTo(10);
        int small = statements(() -> target.list(new CommitmentFilter(null, null, null), new PageRequest(0, 3)));
        int large = statements(() -> target.list(new CommitmentFilter(null, null, null), new PageRequest(0, 30)));
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);
    }

    private int statements(Supplier<?> call) {
        try (SqlCounter counter = SqlCounter.on(fixture.register.db.entityManager())) {
            call.get();
            return counter.count();
        }
    }
}
