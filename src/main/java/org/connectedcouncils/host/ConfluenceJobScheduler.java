package org.connectedcouncils.host;

import java.time.Clock;
import java.util.Date;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

import org.connectedcouncils.notify.service.Jobs;
import org.connectedcouncils.notify.service.ScheduledJob;

/**
 * Registers every scheduled job of the app with Confluence's cluster scheduler (atlassian-scheduler), run once per
 * cluster on its interval from its next due time; the runner calls {@link Jobs#run}, which records each run. The
 * runners are registered on every node at start (the schedule itself persists) and unregistered at stop.
 */
public final class ConfluenceJobScheduler {

    private final SchedulerService scheduler;
    private final Jobs jobs;
    private final Clock clock;

    public ConfluenceJobScheduler(SchedulerService scheduler, Jobs jobs, Clock clock) {
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Spring's init-method: registers the runners and (re)schedules the jobs. */
    public void start() throws SchedulerServiceException {
        for (ScheduledJob job : jobs.all()) {
            JobRunnerKey key = JobRunnerKey.of(job.key());
            scheduler.registerJobRunner(key, request -> {
                try {
                    jobs.run(job.key());
                    return JobRunnerResponse.success();
                } catch (RuntimeException e) {
                    return JobRunnerResponse.failed(e);
                }
            });
            Date first = Date.from(job.schedule().nextAfter(clock.instant()));
            scheduler.scheduleJob(JobId.of(job.key()), JobConfig.forJobRunnerKey(key)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(job.schedule().every().toMillis(), first)));
        }
    }

    /** Spring's destroy-method: this node stops running the jobs (another node runs them). */
    public void stop() {
        for (ScheduledJob job : jobs.all()) {
            scheduler.unregisterJobRunner(JobRunnerKey.of(job.key()));
        }
    }
}
