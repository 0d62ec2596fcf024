package org.connectedcouncils.notify.service;

import java.time.LocalTime;
import java.util.List;

import org.connectedcouncils.notify.domain.JobSchedule;

/**
 * The freshness jobs, each daily in UTC and once per cluster: confirmation nudges at 06:00, so that they reach a
 * daily digest the same morning.
 */
public final class FreshnessJobs implements JobCatalogue {

    public static final String CONFIRMATIONS = "freshness.confirmation-nudges";
    private static final LocalTime CONFIRMATIONS_AT = LocalTime.of(6, 0);

    private final ConfirmationNudges confirmations;

    public FreshnessJobs(ConfirmationNudges confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(new ScheduledJob(CONFIRMATIONS, JobSchedule.dailyAt(CONFIRMATIONS_AT), confirmations::run));
    }
}
