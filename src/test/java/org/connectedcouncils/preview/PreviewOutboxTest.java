package org.connectedcouncils.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.notify.domain.JobRun;
import org.connectedcouncils.notify.domain.JobSchedule;
import org.connectedcouncils.notify.service.JobCatalogue;
import org.connectedcouncils.notify.service.JobRunStore;
import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.MailSender.OutgoingMail;
import org.connectedcouncils.notify.service.NotificationTexts;
import org.connectedcouncils.notify.service.ScheduledJob;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;
import org.connectedcouncils.testing.PropertiesMessages;
import org.connectedcouncils.testing.SmtpMailSender;
import org.connectedcouncils.testing.SwitchableActor;
import org.connectedcouncils.testing.VelocityTemplateRenderer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.Mockito;

/**
 * The preview's Outbox over a real GreenMail server: each received mail with recipient, subject and text (escaped,
 * its links linked), newest first and paged; "Run the jobs now" runs every job once and counts what they sent.
 */
public class PreviewOutboxTest {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final Map<String, Integer> started = new HashMap<>();
    private SmtpMailSender sender;
    private PreviewOutbox outbox;
    private SwitchableActor actor;

    @Before
    public void setUp() {
        smtp.start();
        sender = new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort());
        JobCatalogue catalogue = () -> List.of(
                new ScheduledJob("test.sends-two", JobSchedule.everyMinutes(1), () -> {
                    send("a@councils.example", "First of the job", "Body one");
                    send("b@councils.example", "Second of the job", "Body two");
                    return 2;
                }),
                new ScheduledJob("test.fails", JobSchedule.everyMinutes(1), () -> {
                    throw new IllegalStateException("down");
                }));
        DemoPeople people = new DemoPeople();
        actor = new SwitchableActor();
        actor.actAs(DemoUsers.actor(DemoUsers.ADMIN));
        Jobs jobs = new Jobs(List.of(catalogue), new CountingRuns(), sender, people,
                new NotificationTexts(new PropertiesMessages(), people,
                        Mockito.mock(ServiceAreaCatalogue.class)), actor, Clock.systemUTC());
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();
        PreviewText text = new PreviewText(() -> Locale.UK);
        outbox = new PreviewOutbox(smtp, jobs, new PreviewFrame(renderer, actor, text), renderer, text, actor);
    }

    @After
    public void tearDown() {
        smtp.stop();
    }

    @Test
    public void showsEachMail_escaped_withItsLinksLinked() {
        send("viewer@councils.example", "<script>alert(1)</script> changed",
                "Hello <b>Vera</b>,\r\n- see http://127.0.0.1:8103/plugins/servlet/x?a=1&b=2 now\r\n");

        String html = body(outbox.outbox(null, null, null));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; changed").doesNotContain("<script>alert");
        assertThat(html).contains("Hello &lt;b&gt;Vera&lt;/b&gt;,\n- see ");
        assertThat(html).contains("<a href=\"http://127.0.0.1:8103/plugins/servlet/x?a=1&amp;b=2\">"
                + "http://127.0.0.1:8103/plugins/servlet/x?a=1&amp;b=2</a> now");
        assertThat(html).contains("viewer@councils.example").contains("Mails received: 1")
                .contains("href=\"/outbox/1/html\"");
        Response part = outbox.html(1);
        assertThat(part.getHeaderString("Content-Security-Policy")).startsWith("sandbox;");
        assertThat((String) part.getEntity()).contains("<p>Hello <b>Vera</b></p>");
        assertThat(outbox.html(2).getStatus()).isEqualTo(404);
    }

    @Test
    public void listsNewestFirst_inPagesOf25() {
        for (int i = 1; i <= 27; i++) {
            send("viewer@councils.example", "Mail " + i, "Body " + i);
        }

        Map<String, Object> first = outbox.json(null, null);
        Map<String, Object> second = outbox.json(25, null);

        assertThat(first.get("total")).isEqualTo(27L);
        assertThat(subjects(first)).hasSize(25).startsWith("Mail 27", "Mail 26").endsWith("Mail 3");
        assertThat(subjects(second)).containsExactly("Mail 2", "Mail 1");
        String html = body(outbox.outbox(null, null, null));
        assertThat(html).contains("href=\"/outbox?start=25\"").doesNotContain("Mail 2<");
    }

    @Test
    public void runTheJobsNow_runsEveryJobOnce_andSaysWhatWasSent() {
        Response ran = outbox.runJobs();

        assertThat(ran.getStatus()).isEqualTo(303);
        assertThat(ran.getLocation().toString()).isEqualTo("/outbox?sent=2&failed=1");
        assertThat(started).containsEntry("test.sends-two", 1).containsEntry("test.fails", 1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        String html = body(outbox.outbox(null, 2, 1));
        assertThat(html).contains("Ran every job once. Mails sent: 2.").contains("Jobs that failed: 1");
        assertThat(html.indexOf("Second of the job")).isLessThan(html.indexOf("First of the job"));
        assertThat(html).contains("action=\"/preview/jobs/run\"").contains("Run the jobs now");
    }

    @Test
    public void runTheJobsNow_isForAdministratorsOnly_othersGetNoButtonAndA403() {
        for (String user : List.of(DemoUsers.ANONYMOUS, DemoUsers.VIEWER, DemoUsers.BRIGHTON_EDITOR)) {
            actor.actAs(DemoUsers.actor(user));
            String html = body(outbox.outbox(null, null, null));
            assertThat(html).as(user).doesNotContain("/preview/jobs/run").doesNotContain("Run the jobs now")
                    .contains("Only an administrator can run them at once");

            Response refused = outbox.runJobs();

            assertThat(refused.getStatus()).as(user).isEqualTo(403);
            assertThat((String) refused.getEntity()).contains("Not allowed: only an administrator can run the jobs now.");
        }
        assertThat(started).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> subjects(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("mails")).stream().map(m -> (String) m.get("subject")).toList();
    }

    private static String body(Response response) {
        assertThat(response.getStatus()).isEqualTo(200);
        return (String) response.getEntity();
    }

    private void send(String to, String subject, String text) {
        sender.send(new OutgoingMail(to, subject, text, "<html><body><p>Hello <b>Vera</b></p></body></html>"));
    }

    /** Notify's own port, counting the runs started per job. */
    private final class CountingRuns implements JobRunStore {

        @Override
        public void started(String jobKey, Instant at) {
            started.merge(jobKey, 1, Integer::sum);
        }

        @Override
        public void finished(String jobKey, Instant at, int sent) {
        }

        @Override
        public void failed(String jobKey, Instant at, String failure) {
        }

        @Override
        public Map<String, JobRun> all() {
            return Map.of();
        }
    }
}
