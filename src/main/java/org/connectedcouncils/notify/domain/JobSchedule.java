package org.connectedcouncils.notify.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a job runs, in UTC: every so many minutes, daily at a time, or weekly on a day at a time. The host turns it
 * into the scheduler's interval and first run; the admin view shows the next run.
 */
public record JobSchedule(Duration every, LocalTime at, DayOfWeek day) {

    public static JobSchedule everyMinutes(int minutes) {
        return new JobSchedule(Duration.ofMinutes(minutes), null, null);
    }

    public static JobSchedule dailyAt(LocalTime time) {
        return new JobSchedule(Duration.ofDays(1), time, null);
    }

    public static JobSchedule weeklyAt(DayOfWeek day, LocalTime time) {
        return new JobSchedule(Duration.ofDays(7), time, day);
    }

    /** The first run strictly after {@code now}. */
    public Instant nextAfter(Instant now) {
        if (at == null) {
            return now.plus(every);
        }
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        ZonedDateTime next = utc.with(at);
        if (day != null) {
            next = next.with(TemporalAdjusters.nextOrSame(day));
        }
        if (!next.isAfter(utc)) {
            next = next.plus(every);
        }
        return next.toInstant();
    }

    /** A plain description for the admin view: {@code every 1 min}, {@code daily 07:00 UTC}, {@code MONDAY 07:00 UTC}. */
    public String describe() {
        if (at == null) {
            return "every " + every.toMinutes() + " min";
        }
        return (day == null ? "daily" : day.toString()) + " " + at + " UTC";
    }
}
