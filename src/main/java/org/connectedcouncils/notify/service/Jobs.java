package org.connectedcouncils.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.HtmlText;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.AdminAccess;
import org.connectedcouncils.notify.domain.JobRun;

/**
 * Runs the scheduled jobs and records each run (start, end, mails sent, failure) for the admin view; the host's
 * scheduler calls {@link #run} once per cluster, an admin may run them all now and send a test e-mail.
 */
public final class Jobs {

    /** What the admin view shows of one job. */
    public record JobStatus(String key, String schedule, JobRun last, Instant nextRun) {
    }

    private static final int FAILURE_MAX = 450;

    private final Map<String, ScheduledJob> jobs = new LinkedHashMap<>();
    private final JobRunStore runs;
    private final MailSender sender;
    private final People people;
    private final NotificationTexts texts;
    private final ActorProvider actors;
    private final Clock clock;

    public Jobs(List<JobCatalogue> catalogues, JobRunStore runs, MailSender sender, People people,
            NotificationTexts texts, ActorProvider actors, Clock clock) {
        catalogues.forEach(c -> c.jobs().forEach(j -> jobs.put(j.key(), j)));
        this.runs = runs;
        this.sender = sender;
        this.people = people;
        this.texts = texts;
        this.actors = actors;
        this.clock = clock;
    }

    public List<ScheduledJob> all() {
        return List.copyOf(jobs.values());
    }

    /** Runs one job now and records how it went; a failure is recorded and rethrown for the scheduler to log. */
    public int run(String key) {
        ScheduledJob job = jobs.get(key);
        if (job == null) {
            throw new NotFound(key);
        }
        runs.started(key, clock.instant());
        try {
            int sent = job.run();
            runs.finished(key, clock.instant(), sent);
            return sent;
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            runs.failed(key, clock.instant(), why.length() > FAILURE_MAX ? why.substring(0, FAILURE_MAX) : why);
            throw e;
        }
    }

    /** An admin runs every job now, in order; answers mails sent per job (a failed job shows -1). */
    public Map<String, Integer> runAllNow() {
        AdminAccess.require(actors);
        Map<String, Integer> sent = new LinkedHashMap<>();
        for (String key : jobs.keySet()) {
            try {
                sent.put(key, run(key));
            } catch (RuntimeException e) {
                sent.put(key, -1);
            }
        }
        return sent;
    }

    /** Each job with its schedule, last run and next run, for an admin. */
    public List<JobStatus> status() {
        AdminAccess.require(actors);
        Map<String, JobRun> last = runs.all();
        Instant now = clock.instant();
        List<JobStatus> out = new ArrayList<>();
        for (ScheduledJob job : jobs.values()) {
            out.add(new JobStatus(job.key(), job.schedule().describe(), last.getOrDefault(job.key(),
                    JobRun.never(job.key())), job.schedule().nextAfter(now)));
        }
        return out;
    }

    public MailSender.MailSettings mailSettings() {
        AdminAccess.require(actors);
        return sender.settings();
    }

    /** Sends a test e-mail to the admin's own address; answers that address. */
    public String sendTestMail() {
        Actor admin = AdminAccess.require(actors);
        String to = people.find(admin.userKey()).filter(p -> p.hasEmail()).map(p -> p.email())
                .orElseThrow(() -> new org.connectedcouncils.common.domain.Refusal.Conflict(
                        "connected-councils.notify.conflict.noEmail"));
        String subject = texts.text("connected-councils.notify.mail.test.subject");
        String body = texts.text("connected-councils.notify.mail.test.body");
        sender.send(new MailSender.OutgoingMail(to, subject, body, "<p>" + HtmlText.escape(body) + "</p>"));
        return to;
    }
}
