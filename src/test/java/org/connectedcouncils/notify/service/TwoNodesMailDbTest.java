package org.connectedcouncils.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.notify.ao.AoNotificationStore;
import org.connectedcouncils.notify.domain.MailChoice;
import org.connectedcouncils.notify.domain.Notification;
import org.connectedcouncils.notify.domain.NotificationKind;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.MutableClock;
import org.connectedcouncils.testing.NotifyWiring;
import org.connectedcouncils.testing.SmtpMailSender;
import org.connectedcouncils.testing.SwitchableActor;
import org.connectedcouncils.testing.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Two app instances that share no Java object (each its own Active Objects, connection pool, stores, people,
 * clock and SMTP client) on one database run the same job at the same moment: the SMTP server receives every mail
 * exactly once, because each mail is claimed as a unique row before it is sent.
 */
public class TwoNodesMailDbTest {

    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");
    private static final List<String> PEOPLE = List.of("user-viewer", "user-brighton-editor", "user-hackney-editor",
            "user-leeds-editor", "user-admin");

    private final TestDatabase db = TestDatabase.get();
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    /** The second node: its own EntityManager and pool on the same database, made once for the class. */
    private static ActiveObjects otherNode;

    @Before
    public void setUp() {
        db.reset();
        if (otherNode == null) {
            otherNode = db.anotherNode();
        }
        smtp.start();
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void twoNodesRunningTheSameJobsTogether_sendEachMailOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            seed(MailChoice.DAILY, 2, "d" + round);
            seed(MailChoice.IMMEDIATE, 1, "i" + round);
            List<Integer> daily = together(DigestJobs.DAILY);
            List<Integer> immediate = together(DigestJobs.IMMEDIATE);

            assertThat(daily.get(0) + daily.get(1)).as("digests sent by both nodes, round %d", round)
                    .isEqualTo(round == 0 ? PEOPLE.size() : 0);
            assertThat(immediate.get(0) + immediate.get(1)).as("immediate mails, round %d", round)
                    .isEqualTo(PEOPLE.size());
        }

        Map<String, Integer> perSubject = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            perSubject.merge(m.getAllRecipients()[0] + " " + m.getSubject(), 1, Integer::sum);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(PEOPLE.size() + 3 * PEOPLE.size());
        assertThat(perSubject.values()).containsOnly(1);
    }

    /** Each person gets {@code count} notifications waiting to be mailed as {@code delivery}. */
    private void seed(MailChoice delivery, int count, String tag) {
        List<Notification> out = new ArrayList<>();
        Map<String, Map<NotificationKind, MailChoice>> choices = new HashMap<>();
        for (String person : PEOPLE) {
            choices.put(person, Map.of(NotificationKind.ENTRY, delivery));
            for (int i = 0; i < count; i++) {
                out.add(new Notification(0, person, NotificationKind.ENTRY, "published",
                        new WatchTarget(WatchTarget.Type.ENTRY, "CC-" + (i + 1)), "Entry " + tag + "-" + i,
                        "user-admin", null, "/plugins/servlet/connected-councils/solutions/CC-1", NOW, false));
            }
        }
        new AoNotificationStore(db.ao()).add(out, choices);
    }

    /** Runs the job on two independent nodes released at the same moment; answers what each sent. */
    private List<Integer> together(String job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (NotifyWiring.Mail node : List.of(node(db.ao()), node(otherNode))) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return node.jobs().run(job);
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> sent = new ArrayList<>();
            for (Future<Integer> f : results) {
                sent.add(f.get());
            }
            return sent;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One app instance's mail side on {@code ao}: its own people, SMTP client, actor and clock. */
    private NotifyWiring.Mail node(ActiveObjects ao) {
        return NotifyWiring.mail(ao, new DemoPeople(), new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort()),
                new SwitchableActor(), new MutableClock(NOW));
    }
}
