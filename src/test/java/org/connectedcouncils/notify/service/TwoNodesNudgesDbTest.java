package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.Races;
import org.connectedcouncils.testing.RegisterFixture;
import org.connectedcouncils.testing.SmtpMailSender;
import org.connectedcouncils.testing.SwitchableActor;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two app instances that share nothing but the database run the confirmation-nudge job, then the mail job, at the
 * same moment, for every entry due and at the reminder: each person receives each nudge exactly once.
 */
public class TwoNodesNudgesDbTest {

    private static final int ENTRIES = 5;
    private static ActiveObjects otherNode;

    private final RegisterFixture fixture = new RegisterFixture();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Before
    public void setUp() {
        fixture.reset();
        if (otherNode == null) {
            otherNode = TestDatabase.get().anotherNode();
        }
        smtp.start();
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void twoNodesNudgingTogether_eachPersonGetsEachNudgeOnce() throws Exception {
        fixture.actor.actAs(DemoUsers.actor(DemoUsers.BRIGHTON_EDITOR));
        for (int i = 0; i < ENTRIES; i++) {
            Solution draft = fixture.register.create(aSolution().named("Shared service " + i)
                    .withKeyContact("user-" + DemoUsers.HACKNEY_CONTACT).build());
            fixture.register.publish(draft.key());
        }
        fixture.actor.actAs(Actor.anonymous());

        List<Integer> due = together(181, FreshnessJobs.CONFIRMATIONS);
        List<Integer> dueMail = together(181, DigestJobs.IMMEDIATE);
        List<Integer> reminder = together(360, FreshnessJobs.CONFIRMATIONS);
        List<Integer> reminderMail = together(360, DigestJobs.IMMEDIATE);

        assertThat(due.get(0) + due.get(1)).as("entries nudged by both nodes").isEqualTo(ENTRIES);
        assertThat(reminder.get(0) + reminder.get(1)).as("entries reminded by both nodes").isEqualTo(ENTRIES);
        int people = 2;
        assertThat(dueMail.get(0) + dueMail.get(1)).isEqualTo(ENTRIES * people);
        assertThat(reminderMail.get(0) + reminderMail.get(1)).isEqualTo(ENTRIES * people);
        List<String> seen = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            seen.add(m.getAllRecipients()[0] + " " + m.getSubject());
        }
        assertThat(seen).hasSize(2 * ENTRIES * people).doesNotHaveDuplicates();
    }

    /** Runs {@code job} on two independent nodes released together, {@code days} after the entries were made. */
    private List<Integer> together(int days, String job) {
        Instant at = RegisterFixture.START.plus(Duration.ofDays(days));
        List<Callable<Integer>> runs = new ArrayList<>();
        for (ActiveObjects ao : List.of(TestDatabase.get().ao(), otherNode)) {
            NotifyWiring.Mail node = node(ao, at);
            runs.add(() -> node.jobs().run(job));
        }
        List<Integer> sent = new ArrayList<>();
        for (Races.Outcome<Integer> outcome : Races.race(runs)) {
            assertThat(outcome.failure()).as("a node's run").isNull();
            sent.add(outcome.value());
        }
        return sent;
    }

    private NotifyWiring.Mail node(ActiveObjects ao, Instant at) {
        return NotifyWiring.mail(ao, new DemoPeople(), new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort()),
                new SwitchableActor(), new MutableClock(at));
    }
}
