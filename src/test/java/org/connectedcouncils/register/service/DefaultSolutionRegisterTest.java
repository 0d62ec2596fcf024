package org.connectedcouncils.register.service;

import org.connectedcouncils.common.service.ActorProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.testing.RecordingAuditTrail;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnitRunner;

/** Orchestration rules of the use cases: who is asked first, and that refused or invalid input writes nothing. */
@RunWith(MockitoJUnitRunner.StrictStubs.class)
public class DefaultSolutionRegisterTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final SolutionKey KEY = SolutionKey.of(5);

    @Mock
    private SolutionStore store;
    @Mock
    private CouncilDirectory councils;
    @Mock
    private ServiceAreaCatalogue serviceAreas;
    @Mock
    private ActorProvider actors;

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private DefaultSolutionRegister target;

    @Before
    public void setUp() {
        target = new DefaultSolutionRegister(store, councils, serviceAreas, actors, audit,
                ConfirmationPolicy.fixed(180), DomainEvents.NONE, new MutableClock(NOW));
    }

    @Test
    public void create_byAnonymousAsksForSignInBeforeAnythingElse() {
        when(actors.current()).thenReturn(Actor.anonymous());

        assertThatThrownBy(() -> target.create(aSolution().build()))
                .isInstanceOf(Refusal.NotAuthenticated.class);
        verifyNoInteractions(store, councils, serviceAreas);
    }

    @Test
    public void create_forAnotherCouncilIsRefusedBeforeValidation() {
        when(actors.current()).thenReturn(Actor.editor("h", HACKNEY));

        assertThatThrownBy(() -> target.create(aSolution().ownedBy(BRIGHTON).build()))
                .isInstanceOf(Refusal.NotAllowed.class);
        verifyNoInteractions(store, serviceAreas);
    }

    @Test
    public void create_invalidContentNeverReachesTheStore() {
        when(actors.current()).thenReturn(Actor.editor("b", BRIGHTON));
        when(serviceAreas.activeCodes()).thenReturn(Set.of("waste"));
        when(councils.find(BRIGHTON)).thenReturn(Optional.of(new Council(BRIGHTON, "Brighton", CouncilType.UNITARY,
                "", false)));

        assertThatThrownBy(() -> target.create(aSolution().named("").build()))
                .isInstanceOf(ValidationException.class);
        verify(store, never()).create(any(), any(), any());
        assertThat(audit.records()).isEmpty();
    }

    @Test
    public void create_validContentIsStoredWithActorAndTime() {
        SolutionContent content = aSolution().build();
        when(actors.current()).thenReturn(Actor.editor("b", BRIGHTON));
        when(serviceAreas.activeCodes()).thenReturn(Set.of("waste"));
        when(councils.find(BRIGHTON)).thenReturn(Optional.of(new Council(BRIGHTON, "Brighton", CouncilType.UNITARY,
                "", false)));
        Solution stored = stored(EntryState.DRAFT, 1);
        when(store.create(content, "b", NOW)).thenReturn(stored);

        assertThat(target.create(content)).isSameAs(stored);
        assertThat(audit.records()).singleElement().satisfies(r -> {
            assertThat(r.summaryKey()).isEqualTo("connected-councils.audit.solution.created");
            assertThat(r.objectId()).isEqualTo("CC-5");
            assertThat(r.actor()).isEqualTo("b");
        });
    }

    @Test
    public void update_withStaleVersionWritesNothing() {
        when(actors.current()).thenReturn(Actor.editor("b", BRIGHTON));
        when(store.find(KEY)).thenReturn(Optional.of(stored(EntryState.PUBLISHED, 4)));

        assertThatThrownBy(() -> target.update(KEY, 3, aSolution().build()))
                .isInstanceOfSatisfying(Refusal.StaleVersion.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(4));
        verify(store, never()).save(any(), any(), anyList());
    }

    @Test
    public void get_ofADraftByAnotherCouncilLooksLikeNotFound() {
        when(actors.current()).thenReturn(Actor.editor("h", HACKNEY));
        when(store.find(KEY)).thenReturn(Optional.of(stored(EntryState.DRAFT, 1)));

        assertThatThrownBy(() -> target.get(KEY)).isInstanceOf(Refusal.NotFound.class)
                .hasMessage("Not found: CC-5");
    }

    @Test
    public void list_passesTheActorsVisibility() {
        when(actors.current()).thenReturn(Actor.editor("h", HACKNEY));

        target.list(SolutionQuery.all());

        verify(store).list(eq(SolutionQuery.all()), eq(new Visibility(false, Set.of(HACKNEY), "h")));
    }

    private static Solution stored(EntryState state, int version) {
        return new Solution(KEY, aSolution().ownedBy(BRIGHTON).build(), state, AdoptionCounts.NONE, NOW, "b", NOW,
                null, version);
    }
}
