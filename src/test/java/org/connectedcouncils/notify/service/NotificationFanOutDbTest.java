package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;
import static org.connectedcouncils.testing.WorkingGroupTestData.aGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.WatchTarget.Type;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.MaturityFixture;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.junit.Before;
import org.junit.Test;

/**
 * Each event of the register and the working groups notifies exactly the watchers allowed to see it, once each,
 * never the person who did it: on a real database, through the kernel's after-commit event port.
 */
public class NotificationFanOutDbTest {

    private static final Actor BRIGHTON_EDITOR = DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR);
    private static final Actor HACKNEY_EDITOR = DemoUsers.actor(DemoUsers.HACKNEY_EDITOR);
    private static final Actor LEEDS_EDITOR = DemoUsers.actor(DemoUsers.LEEDS_EDITOR);
    private static final Actor VIEWER = DemoUsers.actor(DemoUsers.VIEWER);
    private static final Actor ADMIN = DemoUsers.actor(DemoUsers.ADMIN);
    private static final List<Actor> EVERYONE = List.of(BRIGHTON_EDITOR, HACKNEY_EDITOR, LEEDS_EDITOR, VIEWER, ADMIN);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private NotifyWiring.Services notify;

    @Before
    public void setUp() {
        fixture.reset();
        notify = NotifyWiring.notify(fixture.register.db.ao(), fixture.register.transactions,
                fixture.register.actor, new DemoPeople(), fixture.register.register, fixture.groups,
                fixture.register.councils, fixture.register.serviceAreas, fixture.register.clock);
    }

    @Test
    public void publish_tellsWatchersOfTheEntryCouncilAndAreaButNotTheActor() {
        Solution draft = as(BRIGHTON_EDITOR, () -> fixture.register.register.create(aSolution().build()));
        watch(BRIGHTON_EDITOR, Type.SERVICE_AREA, "waste");
        watch(HACKNEY_EDITOR, Type.SERVICE_AREA, "waste");
        watch(VIEWER, Type.COUNCIL, BRIGHTON.value());
        watch(LEEDS_EDITOR, Type.SERVICE_AREA, "housing");
        watch(ADMIN, Type.ENTRY, draft.key().toString());
        watch(ADMIN, Type.SERVICE_AREA, "waste");

        as(BRIGHTON_EDITOR, () -> fixture.register.register.publish(draft.key()));

        assertThat(received()).isEqualTo(new TreeMap<>(Map.of(
                "user-hackney-editor", List.of("new-in-area:published"),
                "user-viewer", List.of("entry:published"),
                "user-admin", List.of("entry:published"))));
        Notification told = notify.notificationStore().page("user-hackney-editor", false, PageRequest.FIRST)
                .items().get(0);
        assertThat(told.title()).isEqualTo("Bin collection day finder");
        assertThat(told.actorKey()).isEqualTo("user-brighton-editor");
        assertThat(told.link()).isEqualTo("/plugins/servlet/connected-councils/solutions/" + draft.key());
    }

    @Test
    public void updateOfADraft_tellsOnlyWatchersWhoMaySeeTheDraft() {
        Solution draft = as(BRIGHTON_EDITOR, () -> fixture.register.register.create(aSolution().build()));
        watch(VIEWER, Type.COUNCIL, BRIGHTON.value());
        watch(HACKNEY_EDITOR, Type.COUNCIL, BRIGHTON.value());
        watch(ADMIN, Type.COUNCIL, BRIGHTON.value());

        as(BRIGHTON_EDITOR, () -> fixture.register.register.update(draft.key(), draft.version(),
                aSolution().withSummary("A new summary for the finder").build()));

        assertThat(received()).isEqualTo(Map.of("user-admin", List.of("entry:updated")));
        assertThat(notify.notificationStore().page("user-admin", false, PageRequest.FIRST).items().get(0).detail())
                .isEqualTo("summary");
    }

    @Test
    public void adoption_tellsWatchersOfTheEntryAndOfBothCouncils() {
        Solution entry = published();
        watch(BRIGHTON_EDITOR, Type.ENTRY, entry.key().toString());
        watch(VIEWER, Type.COUNCIL, HACKNEY.value());
        watch(LEEDS_EDITOR, Type.COUNCIL, LEEDS.value());

        as(HACKNEY_EDITOR, () -> fixture.register.register.declareAdoption(entry.key(), HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, LocalDate.of(2026, 1, 1), null)));
        as(BRIGHTON_EDITOR, () -> fixture.register.register.confirmAdoption(entry.key(), HACKNEY));

        assertThat(received()).isEqualTo(new TreeMap<>(Map.of(
                "user-brighton-editor", List.of("adoption:adoption-declared"),
                "user-viewer", List.of("adoption:adoption-confirmed", "adoption:adoption-declared"))));
    }

    @Test
    public void joinRequest_isToldOnlyToManagersTheCouncilsEditorsAndAdmins() {
        WorkingGroupKey group = as(BRIGHTON_EDITOR, () -> fixture.groups.create(aGroup().build()).key());
        for (Actor a : EVERYONE) {
            watch(a, Type.GROUP, group.toString());
        }

        as(LEEDS_EDITOR, () -> fixture.joinRequests.requestToJoin(group, LEEDS, MemberRole.MEMBER, "Hello"));

        assertThat(received()).isEqualTo(new TreeMap<>(Map.of(
                "user-brighton-editor", List.of("membership:join-requested"),
                "user-admin", List.of("membership:join-requested"))));
    }

    @Test
    public void statusReport_tellsEveryGroupWatcherWithItsRag() {
        WorkingGroupKey group = as(BRIGHTON_EDITOR, () -> fixture.groups.create(aGroup().build()).key());
        watch(VIEWER, Type.GROUP, group.toString());
        watch(LEEDS_EDITOR, Type.COUNCIL, BRIGHTON.value());

        as(HACKNEY_EDITOR, () -> fixture.reporting.report(ReportSubject.of(group), new StatusReportContent(
                LocalDate.of(2026, 10, 30), Rag.AMBER, "On track but short of people", null, null, null)));

        assertThat(received()).isEqualTo(new TreeMap<>(Map.of(
                "user-viewer", List.of("status-report:status-reported"),
                "user-leeds-editor", List.of("status-report:status-reported"))));
        assertThat(notify.notificationStore().page("user-viewer", false, PageRequest.FIRST).items().get(0).detail())
                .isEqualTo("amber");
    }

    @Test
    public void maturityAssessmentAndItsReview_tellTheAssessedCouncilsWatchers() {
        Maturity maturity = MaturityFixture.over(fixture.register);
        watch(VIEWER, Type.COUNCIL, BRIGHTON.value());
        watch(LEEDS_EDITOR, Type.COUNCIL, HACKNEY.value());
        watch(HACKNEY_EDITOR, Type.COUNCIL, BRIGHTON.value());
        LocalDate today = LocalDate.ofInstant(fixture.register.clock.instant(), java.time.ZoneOffset.UTC);

        Assessment assessed = as(BRIGHTON_EDITOR, () -> maturity.assess(BRIGHTON, new NewAssessment("waste", 3,
                today, "Bins booked online end to end", Evidence.NONE)));
        as(HACKNEY_EDITOR, () -> maturity.review(assessed.id(), HACKNEY, ReviewVerdict.QUESTION,
                "Is the missed-bin report online too?"));

        assertThat(received()).isEqualTo(new TreeMap<>(Map.of(
                "user-viewer", List.of("maturity:maturity-assessed", "maturity:maturity-reviewed"),
                "user-hackney-editor", List.of("maturity:maturity-assessed"))));
        List<Notification> told = notify.notificationStore().page("user-viewer", false, PageRequest.FIRST).items();
        // the area is stored by code, each reader reads its name in their language (NotificationReadingDbTest)
        assertThat(told).extracting(Notification::title).containsOnly("Brighton and Hove City Council");
        assertThat(told).extracting(Notification::detail).containsExactlyInAnyOrder("@waste 3",
                "@waste London Borough of Hackney: question");
        assertThat(told.get(0).subject().key()).isEqualTo(BRIGHTON.value());
    }

    @Test
    public void aWriteThatRollsBack_tellsNoOne() {
        Solution draft = as(BRIGHTON_EDITOR, () -> fixture.register.register.create(aSolution().build()));
        watch(VIEWER, Type.SERVICE_AREA, "waste");

        try {
            fixture.register.transactions.inTransaction(() -> {
                as(BRIGHTON_EDITOR, () -> fixture.register.register.publish(draft.key()));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the publication is undone
        }

        assertThat(received()).isEmpty();
    }

    private Solution published() {
        return as(BRIGHTON_EDITOR, () -> fixture.register.register.publish(
                fixture.register.register.create(aSolution().build()).key()));
    }

    private void watch(Actor who, Type type, String key) {
        as(who, () -> notify.watching().watch(type, key));
    }

    private <T> T as(Actor who, java.util.function.Supplier<T> work) {
        fixture.register.actor.actAs(who);
        try {
            return work.get();
        } finally {
            fixture.register.actor.actAs(Actor.anonymous());
        }
    }

    /** Each recipient's notifications as "kind:what", oldest first. */
    private Map<String, List<String>> received() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Actor a : EVERYONE) {
            List<Notification> items = notify.notificationStore().page(a.userKey(), false, PageRequest.FIRST).items();
            if (!items.isEmpty()) {
                out.put(a.userKey(), items.stream().map(n -> n.kind().code() + ":" + n.what()).sorted().toList());
            }
        }
        return out;
    }
}
