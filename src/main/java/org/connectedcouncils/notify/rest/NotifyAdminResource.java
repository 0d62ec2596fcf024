package org.connectedcouncils.notify.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.notify.domain.JobRun;
import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.MailSender;

/**
 * The admin view of notifications: each scheduled job's last and next run and last failure, the mail settings in
 * use, running every job now and sending a test e-mail to oneself. Confluence admins in a WebSudo session only, like
 * the other admin calls ({@link AdminOnly} here and again in {@link Jobs}); writes take JSON only.
 */
@WebSudoRequired
@Path("admin/notifications")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class NotifyAdminResource {

    /** One job as the admin sees it; times ISO-8601 UTC or null when it never happened. */
    public record JobJson(String key, String schedule, String lastStart, String lastEnd, String lastOutcome,
            int lastSent, String lastFailure, String lastFailureAt, String nextRun) {
    }

    /** The mail path in use: whether Confluence has a mail server, which, and the sender address. */
    public record MailJson(boolean configured, String server, String from) {
    }

    /** Mails sent per job by "run now" (-1 for a job that failed; its failure is in the job list). */
    public record RunJson(Map<String, Integer> sent) {
    }

    /** Where the test e-mail went. */
    public record TestMailJson(String to) {
    }

    private final Jobs jobs;

    @Inject
    public NotifyAdminResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("jobs")
    @AdminOnly
    @ResponseStatuses({200, 401, 403})
    public List<JobJson> jobs() {
        return jobs.status().stream().map(s -> {
            JobRun r = s.last();
            return new JobJson(s.key(), s.schedule(), JsonFormats.instant(r.lastStart()),
                    JsonFormats.instant(r.lastEnd()), r.lastOutcome(), r.lastSent(), r.lastFailure(),
                    JsonFormats.instant(r.lastFailureAt()), JsonFormats.instant(s.nextRun()));
        }).toList();
    }

    @POST
    @Path("jobs/run")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 401, 403, 413, 415})
    public RunJson runNow() {
        return new RunJson(jobs.runAllNow());
    }

    @GET
    @Path("mail")
    @AdminOnly
    @ResponseStatuses({200, 401, 403})
    public MailJson mail() {
        MailSender.MailSettings settings = jobs.mailSettings();
        return new MailJson(settings.configured(), settings.server(), settings.from());
    }

    @POST
    @Path("mail/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 401, 403, 409, 413, 415})
    public TestMailJson testMail() {
        return new TestMailJson(jobs.sendTestMail());
    }
}
