package org.connectedcouncils.notify.service;

import java.util.function.IntSupplier;

import org.connectedcouncils.notify.domain.JobSchedule;

/** A job that runs once per cluster on its schedule; {@code run} answers how many things it did (mails sent). */
public record ScheduledJob(String key, JobSchedule schedule, IntSupplier work) {

    public int run() {
        return work.getAsInt();
    }
}
