package org.connectedcouncils.notify.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.connectedcouncils.notify.domain.JobSchedule;
import org.connectedcouncils.notify.domain.MailChoice;

/**
 * Notify's jobs: immediate mail every minute, the daily digest at 07:00 UTC, the weekly digest on Mondays at
 * 07:00 UTC.
 */
public final class DigestJobs implements JobCatalogue {

    public static final String IMMEDIATE = "notify.immediate-mail";
    public static final String DAILY = "notify.daily-digest";
    public static final String WEEKLY = "notify.weekly-digest";
    private static final LocalTime MORNING = LocalTime.of(7, 0);

    private final MailDelivery delivery;

    public DigestJobs(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(
                new ScheduledJob(IMMEDIATE, JobSchedule.everyMinutes(1), delivery::sendImmediate),
                new ScheduledJob(DAILY, JobSchedule.dailyAt(MORNING), () -> delivery.sendDigests(MailChoice.DAILY)),
                new ScheduledJob(WEEKLY, JobSchedule.weeklyAt(DayOfWeek.MONDAY, MORNING),
                        () -> delivery.sendDigests(MailChoice.WEEKLY)));
    }
}
