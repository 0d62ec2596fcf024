package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionDeclaration;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SmtpMailSender;
import org.connectedcouncils.testing.SolutionTestData;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Adoptions that lapse, with the defaults (asked after M = 365 days, 30 days' grace): the adopter's editors are asked
 * once just after M days; nobody answering, the adoption lapses just after the grace period, is counted apart from
 * its state in the entry's counts and the figures, and one re-confirmation restores it. It stays apart from the
 * owner's confirmation ("unconfirmed").
 */
public class AdoptionLapseDbTest {

    private static final Actor BRIGHTON_EDITOR = DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR);
    private static final Actor HACKNEY_EDITOR = DemoUsers.actor(DemoUsers.HACKNEY_EDITOR);

    private final RegisterFixture fixture = new RegisterFixture();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private NotifyWiring.Mail mail;
    private AoNotificationStore store;

    @Before
    public void setUp() {
        fixture.reset();
        smtp.start();
        mail = NotifyWiring.mail(fixture.db.ao(), new DemoPeople(), new SmtpMailSender("127.0.0.1",
                smtp.getSmtp().getPort()), fixture.actor, fixture.clock);
        store = new AoNotificationStore(fixture.db.ao());
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void askedAfterM_lapsedAfterTheGrace_countedApart_restoredByOneReconfirmation() {
        Solution entry = adoptedByHackney("Bin collection day finder");

        int atM = checksAt(365);
        int afterM = checksAt(366);
        int again = checksAt(366);
        int atGrace = checksAt(366 + 30);
        Adoption beforeLapse = adoption(entry);
        int afterGrace = checksAt(366 + 31);
        Adoption lapsed = adoption(entry);
        Solution counted = entry(entry);

        assertThat(List.of(atM, afterM, again, atGrace, afterGrace)).containsExactly(0, 1, 0, 0, 1);
        assertThat(beforeLapse.isLapsed()).isFalse();
        assertThat(lapsed.isLapsed()).isTrue();
        assertThat(lapsed.isConfirmed()).as("the owner's confirmation is another matter").isFalse();
        assertThat(counted.adoptions()).isEqualTo(new AdoptionCounts(0, 0, 0, 1));
        assertThat(figuresLapsed()).isEqualTo(1);
        assertThat(whats("user-hackney-editor")).containsExactly("adoption-lapsed", "adoption-check");
        assertThat(whats("user-hackney-contact")).containsExactly("adoption-lapsed", "adoption-check");
        assertThat(whats("user-brighton-editor")).as("the owner hears of the lapse").containsExactly("adoption-lapsed");

        Adoption restored = as(HACKNEY_EDITOR, () -> fixture.register.reconfirmAdoption(entry.key(),
                SolutionTestData.HACKNEY));

        assertThat(restored.isLapsed()).isFalse();
        assertThat(restored.checkedAt()).isEqualTo(fixture.clock.instant());
        assertThat(entry(entry).adoptions()).isEqualTo(new AdoptionCounts(0, 1, 0, 0));
        assertThat(figuresLapsed()).isZero();
        assertThat(checksAt(366 + 31 + 365)).as("M days after the re-confirmation: not yet").isZero();
        assertThat(checksAt(366 + 31 + 366)).as("then asked again").isEqualTo(1);
    }

    @Test
    public void anAdopterWhoAnswersWithinTheGrace_neverLapses() {
        Solution entry = adoptedByHackney("Garden waste subscriptions");
        checksAt(366);
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(380)));
        as(HACKNEY_EDITOR, () -> fixture.register.reconfirmAdoption(entry.key(), SolutionTestData.HACKNEY));

        int later = checksAt(366 + 60);

        assertThat(later).isZero();
        assertThat(adoption(entry).isLapsed()).isFalse();
        assertThat(entry(entry).adoptions().using()).isEqualTo(1);
    }

    @Test
    public void stoppedAdoptionsAreNeverAsked() {
        Solution entry = as(BRIGHTON_EDITOR, () -> fixture.register.publish(fixture.register.create(aSolution()
                .named("Parking permits").build()).key()));
        as(HACKNEY_EDITOR, () -> fixture.register.declareAdoption(entry.key(), SolutionTestData.HACKNEY,
                new AdoptionDeclaration(AdoptionState.STOPPED, LocalDate.of(2026, 1, 1), null)));

        assertThat(checksAt(1000)).isZero();
    }

    private Solution adoptedByHackney(String name) {
        Solution entry = as(BRIGHTON_EDITOR, () -> fixture.register.publish(fixture.register.create(aSolution()
                .named(name).build()).key()));
        as(HACKNEY_EDITOR, () -> fixture.register.declareAdoption(entry.key(), SolutionTestData.HACKNEY,
                new AdoptionDeclaration(AdoptionState.USING, LocalDate.of(2026, 1, 1), null)));
        return entry;
    }

    private int checksAt(int days) {
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(days)));
        return mail.jobs().run(FreshnessJobs.ADOPTIONS);
    }

    private Adoption adoption(Solution entry) {
        return fixture.store.findAdoption(entry.key(), SolutionTestData.HACKNEY).orElseThrow();
    }

    private Solution entry(Solution entry) {
        return fixture.store.find(entry.key()).orElseThrow();
    }

    private long figuresLapsed() {
        return fixture.store.figures(SolutionQuery.all(), Visibility.of(BRIGHTON_EDITOR)).adoptions().lapsed();
    }

    private List<String> whats(String recipient) {
        List<String> out = new ArrayList<>();
        store.page(recipient, false, PageRequest.of(0, 25)).items().forEach(n -> out.add(n.what()));
        return out;
    }

    private <T> T as(Actor who, Supplier<T> work) {
        fixture.actor.actAs(who);
        try {
            return work.get();
        } finally {
            fixture.actor.actAs(Actor.anonymous());
        }
    }
}
