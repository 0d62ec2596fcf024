package org.connectedcouncils.notify.service;

import java.time.LocalTime;
import java.util.List;

import org.connectedcouncils.notify.domain.JobSchedule;

/**
 * The freshness jobs, each daily in UTC and once per cluster, before the 07:00 daily digest so that their nudges
 * reach it the same morning: confirmation nudges at 06:00, adoption checks and lapses at 06:15.
 */
public final class FreshnessJobs implements JobCatalogue {

    public static final String CONFIRMATIONS = "freshness.confirmation-nudges";
    public static final String ADOPTIONS = "freshness.adoption-checks";
    private static final LocalTime CONFIRMATIONS_AT = LocalTime.of(6, 0);
    private static final LocalTime ADOPTIONS_AT = LocalTime.of(6, 15);

    private final ConfirmationNudges confirmations;
    private final AdoptionNudges adoptions;

    public FreshnessJobs(ConfirmationNudges confirmations, AdoptionNudges adoptions) {
        this.confirmations = confirmations;
        this.adoptions = adoptions;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(new ScheduledJob(CONFIRMATIONS, JobSchedule.dailyAt(CONFIRMATIONS_AT), confirmations::run),
                new ScheduledJob(ADOPTIONS, JobSchedule.dailyAt(ADOPTIONS_AT), adoptions::run));
    }
}
