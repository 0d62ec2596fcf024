package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SmtpMailSender;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Confirmation nudges at their boundaries, with the default N (180 days): exactly N days after publishing, none;
 * N + 1 days, one request to the key contact and each editor of the owner council; 2N days, one reminder; once the
 * entry is confirmed, none again until its next period. Mail goes out as each person chose for freshness nudges.
 */
public class ConfirmationNudgesDbTest {

    private static final Actor BRIGHTON_EDITOR = DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR);
    private static final String CONTACT = "user-" + DemoUsers.HACKNEY_CONTACT;
    private static final int N = 180;

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
    public void nudgesAtTheirBoundaries_noneAtN_oneAfterN_aReminderAt2N_noneOnceConfirmed() {
        Solution entry = published("Bin collection day finder");

        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(N)));
        int atN = nudges();
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(N + 1)));
        int afterN = nudges();
        int afterNAgain = nudges();
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(2L * N - 1)));
        int justBefore2N = nudges();
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(2L * N)));
        int at2N = nudges();
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(3L * N)));
        int later = nudges();

        assertThat(List.of(atN, afterN, afterNAgain, justBefore2N, at2N, later)).containsExactly(0, 1, 0, 0, 1, 0);
        assertThat(whats(CONTACT)).containsExactly("confirm-reminder", "confirm-due");
        assertThat(whats("user-brighton-editor")).containsExactly("confirm-reminder", "confirm-due");
        assertThat(whats("user-hackney-editor")).as("an editor of another council").isEmpty();
        Notification due = store.page(CONTACT, false, PageRequest.of(0, 25)).items().get(1);
        assertThat(due.kind()).isEqualTo(NotificationKind.FRESHNESS);
        assertThat(due.link()).isEqualTo("/plugins/servlet/connected-councils/solutions/" + entry.key());
        assertThat(due.detail()).isEqualTo(String.valueOf(N));

        as(BRIGHTON_EDITOR, () -> fixture.register.confirmStillCurrent(entry.key()));
        int confirmed = nudges();
        fixture.clock.advance(Duration.ofDays(N));
        int nextPeriodAtN = nudges();
        fixture.clock.advance(Duration.ofDays(1));
        int nextPeriodAfterN = nudges();

        assertThat(List.of(confirmed, nextPeriodAtN, nextPeriodAfterN)).containsExactly(0, 0, 1);
        assertThat(whats(CONTACT)).containsExactly("confirm-due", "confirm-reminder", "confirm-due");
    }

    @Test
    public void draftsAndRetiredEntriesAreNeverNudged() {
        as(BRIGHTON_EDITOR, () -> fixture.register.create(aSolution().named("Draft only").build()));
        Solution retired = published("Old thing");
        as(BRIGHTON_EDITOR, () -> fixture.register.retire(retired.key(),
                new org.connectedcouncils.register.domain.Retirement("Replaced by a national service", null, null)));

        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(3L * N)));

        assertThat(nudges()).isZero();
        assertThat(store.page("user-brighton-editor", false, PageRequest.of(0, 25)).total()).isZero();
    }

    @Test
    public void theMailFollowsEachPersonsChoice_andLinksToTheEntryPage() throws Exception {
        Solution entry = published("Garden waste subscriptions");
        store.choose("user-brighton-editor", NotificationKind.FRESHNESS, MailChoice.OFF);
        fixture.clock.set(RegisterFixture.START.plus(Duration.ofDays(N + 1)));

        nudges();
        int sent = mail.jobs().run(DigestJobs.IMMEDIATE);

        assertThat(sent).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(DemoPeople.email(DemoUsers.HACKNEY_CONTACT));
        assertThat(received[0].getSubject()).isEqualTo("[Connected Councils] Garden waste subscriptions has not been "
                + "confirmed as still current for over 180 days: please open it and confirm it, or update it");
        String html = String.valueOf(((MimeMultipart) received[0].getContent()).getBodyPart(1).getContent());
        assertThat(html).contains("href=\"http://wiki.example/plugins/servlet/connected-councils/solutions/"
                + entry.key() + "\"", "unsubscribe=freshness", "because you look after these entries")
                .doesNotContain("because you watch");
        assertThat(whats("user-brighton-editor")).as("still told in the app").containsExactly("confirm-due");
    }

    private int nudges() {
        return mail.jobs().run(FreshnessJobs.CONFIRMATIONS);
    }

    private Solution published(String name) {
        return as(BRIGHTON_EDITOR, () -> {
            Solution draft = fixture.register.create(aSolution().named(name).withKeyContact(CONTACT).build());
            return fixture.register.publish(draft.key());
        });
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
