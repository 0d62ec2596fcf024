package org.connectedcouncils.notify.service;

import java.time.LocalTime;
import java.util.List;

import org.connectedcouncils.notify.domain.JobSchedule;

/**
 * The freshness jobs, each daily in UTC and once per cluster, before the 07:00 daily digest so that their nudges
 * reach it the same morning: confirmation nudges at 06:00, adoption checks and lapses at 06:15, contact handover
 * at 06:30.
 */
public final class FreshnessJobs implements JobCatalogue {

    public static final String CONFIRMATIONS = "freshness.confirmation-nudges";
    public static final String ADOPTIONS = "freshness.adoption-checks";
    private static final LocalTime CONFIRMATIONS_AT = LocalTime.of(6, 0);
    public static final String CONTACTS = "freshness.contact-handover";
    private static final LocalTime ADOPTIONS_AT = LocalTime.of(6, 15);
    private static final LocalTime CONTACTS_AT = LocalTime.of(6, 30);

    private final ConfirmationNudges confirmations;
    private final AdoptionNudges adoptions;
    private final ContactHandover contacts;

    public FreshnessJobs(ConfirmationNudges confirmations, AdoptionNudges adoptions, ContactHandover contacts) {
        this.confirmations = confirmations;
        this.adoptions = adoptions;
        this.contacts = contacts;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(new ScheduledJob(CONFIRMATIONS, JobSchedule.dailyAt(CONFIRMATIONS_AT), confirmations::run),
                new ScheduledJob(ADOPTIONS, JobSchedule.dailyAt(ADOPTIONS_AT), adoptions::run),
                new ScheduledJob(CONTACTS, JobSchedule.dailyAt(CONTACTS_AT), contacts::run));
    }
}
