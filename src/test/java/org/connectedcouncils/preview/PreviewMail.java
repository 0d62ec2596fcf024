package org.connectedcouncils.preview;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.ScheduledJob;
import org.connectedcouncils.testing.SmtpMailSender;

/**
 * The preview's real mail and scheduler: GreenMail, an SMTP server in-process on a free loopback port, and one
 * thread that runs the app's jobs on their intervals (the immediate mail every minute), as Confluence's scheduler
 * would on one node.
 */
final class PreviewMail implements AutoCloseable {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "preview-jobs");
        thread.setDaemon(true);
        return thread;
    });

    PreviewMail() {
        smtp.start();
    }

    /** The sender the app uses: real SMTP to the in-process server. */
    SmtpMailSender sender() {
        return new SmtpMailSender("127.0.0.1", smtp.getSmtp().getPort());
    }

    /** The in-process server, whose received messages the Outbox shows. */
    GreenMail server() {
        return smtp;
    }

    /** Runs each job on its interval from now on; a failing run is recorded by {@link Jobs} and retried next time. */
    void schedule(Jobs jobs) {
        for (ScheduledJob job : jobs.all()) {
            long every = job.schedule().every().toMillis();
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    jobs.run(job.key());
                } catch (RuntimeException e) {
                    // recorded in JOB_RUN; the next run tries again
                }
            }, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        smtp.stop();
    }
}
