package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.WatchTarget.Type;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.SmtpMailSender;
import org.connectedcouncils.testing.WorkingGroupFixture;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Mail through a real SMTP server (GreenMail in-process): immediate mails and digests group by person and honour
 * each choice; a run that fails between two mails, run again, sends no duplicate; user text is escaped in the HTML.
 */
public class MailDeliveryDbTest {

    private static final Actor BRIGHTON_EDITOR = DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR);
    private static final Actor HACKNEY_EDITOR = DemoUsers.actor(DemoUsers.HACKNEY_EDITOR);
    private static final Actor LEEDS_EDITOR = DemoUsers.actor(DemoUsers.LEEDS_EDITOR);
    private static final Actor VIEWER = DemoUsers.actor(DemoUsers.VIEWER);
    private static final Actor ADMIN = DemoUsers.actor(DemoUsers.ADMIN);

    private final WorkingGroupFixture fixture = new WorkingGroupFixture();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private NotifyWiring.Services notify;
    private NotifyWiring.Mail mail;

    @Before
    public void setUp() {
        fixture.reset();
        smtp.start();
        DemoPeople people = new DemoPeople();
        notify = NotifyWiring.notify(fixture.register.db.ao(), fixture.register.transactions,
                fixture.register.actor, people, fixture.register.register, fixture.groups,
                fixture.register.councils, fixture.register.serviceAreas, fixture.register.clock);
        mail = NotifyWiring.mail(fixture.register.db.ao(), people, new SmtpMailSender("127.0.0.1",
                smtp.getSmtp().getPort()), fixture.register.actor, fixture.register.clock);
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void eachPersonGetsWhatTheyChose_immediateMailsDigestsOrNothing() throws Exception {
        for (Actor a : List.of(HACKNEY_EDITOR, LEEDS_EDITOR, VIEWER, ADMIN)) {
            as(a, () -> notify.watching().watch(Type.SERVICE_AREA, "waste"));
        }
        choose(VIEWER, MailChoice.DAILY);
        choose(HACKNEY_EDITOR, MailChoice.WEEKLY);
        choose(ADMIN, MailChoice.OFF);
        publish("Bin collection day finder");
        publish("Garden waste subscriptions");

        int immediate = mail.jobs().run(DigestJobs.IMMEDIATE);
        int daily = mail.jobs().run(DigestJobs.DAILY);
        int weekly = mail.jobs().run(DigestJobs.WEEKLY);
        int again = mail.jobs().run(DigestJobs.IMMEDIATE) + mail.jobs().run(DigestJobs.DAILY)
                + mail.jobs().run(DigestJobs.WEEKLY);

        assertThat(List.of(immediate, daily, weekly, again)).containsExactly(2, 1, 1, 0);
        assertThat(inbox()).isEqualTo(new TreeMap<>(Map.of(
                "leeds-editor@councils.example", List.of("[Connected Councils] Brighton editor published Bin "
                        + "collection day finder", "[Connected Councils] Brighton editor published Garden waste "
                        + "subscriptions"),
                "viewer@councils.example", List.of("[Connected Councils] Your daily digest: 2 notifications"),
                "hackney-editor@councils.example", List.of("[Connected Councils] Your weekly digest: 2 notifications"))));
        MimeMessage digest = only("viewer@councils.example");
        assertThat(part(digest, 0)).contains("Bin collection day finder", "Garden waste subscriptions",
                "http://wiki.example/plugins/servlet/connected-councils/notifications?unsubscribe=new-in-area");
        assertThat(part(digest, 1)).contains("<a href=\"http://wiki.example/plugins/servlet/connected-councils/"
                + "solutions/CC-");
    }

    @Test
    public void aRunThatFailsBetweenTwoMails_runAgain_sendsNoDuplicate() throws Exception {
        for (Actor a : List.of(HACKNEY_EDITOR, LEEDS_EDITOR, VIEWER)) {
            as(a, () -> notify.watching().watch(Type.SERVICE_AREA, "waste"));
            choose(a, MailChoice.DAILY);
        }
        publish("Bin collection day finder");
        SmtpMailSender real = new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort());
        AtomicInteger sends = new AtomicInteger();
        MailSender failsSecond = new MailSender() {
            @Override
            public void send(OutgoingMail m) {
                if (sends.incrementAndGet() == 2) {
                    throw new IllegalStateException("connection reset");
                }
                real.send(m);
            }

            @Override
            public MailSettings settings() {
                return real.settings();
            }
        };
        NotifyWiring.Mail crashing = NotifyWiring.mail(fixture.register.db.ao(), new DemoPeople(), failsSecond,
                fixture.register.actor, fixture.register.clock);

        assertThatThrownBy(() -> crashing.jobs().run(DigestJobs.DAILY)).hasMessageContaining("connection reset");
        int first = smtp.getReceivedMessages().length;
        int rerun = mail.jobs().run(DigestJobs.DAILY);

        assertThat(first).isEqualTo(1);
        assertThat(rerun).isEqualTo(2);
        assertThat(inbox().values()).allSatisfy(subjects -> assertThat(subjects).hasSize(1));
        assertThat(inbox()).hasSize(3);
    }

    @Test
    public void userTextIsEscapedInTheHtmlPart() throws Exception {
        as(VIEWER, () -> notify.watching().watch(Type.SERVICE_AREA, "waste"));
        publish("<script>alert(1)</script> & \"Bins\"");

        mail.jobs().run(DigestJobs.IMMEDIATE);

        MimeMessage message = only("viewer@councils.example");
        assertThat(part(message, 1)).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Bins&quot;")
                .doesNotContain("<script>");
        assertThat(part(message, 0)).contains("<script>alert(1)</script> & \"Bins\"");
    }

    private void publish(String name) {
        as(BRIGHTON_EDITOR, () -> {
            Solution draft = fixture.register.register.create(aSolution().named(name).build());
            return fixture.register.register.publish(draft.key());
        });
    }

    private void choose(Actor who, MailChoice choice) {
        as(who, () -> notify.notifications().choose(NotificationKind.NEW_IN_AREA, choice));
    }

    private <T> T as(Actor who, java.util.function.Supplier<T> work) {
        fixture.register.actor.actAs(who);
        try {
            return work.get();
        } finally {
            fixture.register.actor.actAs(Actor.anonymous());
        }
    }

    /** Subjects received per address, in order. */
    private Map<String, List<String>> inbox() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            out.computeIfAbsent(m.getAllRecipients()[0].toString(), k -> new ArrayList<>()).add(m.getSubject());
        }
        return out;
    }

    private MimeMessage only(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Part 0 is the text, part 1 the HTML of the multipart/alternative body. */
    private static String part(MimeMessage message, int index) throws Exception {
        return String.valueOf(((MimeMultipart) message.getContent()).getBodyPart(index).getContent());
    }
}
