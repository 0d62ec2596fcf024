package org.connectedcouncils.notify.service;

import java.time.Instant;
import java.util.Map;

import org.connectedcouncils.notify.domain.JobRun;

/** The last run of each job, shared by every node through the database. */
public interface JobRunStore {

    void started(String jobKey, Instant at);

    void finished(String jobKey, Instant at, int sent);

    void failed(String jobKey, Instant at, String failure);

    /** Every job that has run, by key (one statement). */
    Map<String, JobRun> all();
}
