package org.connectedcouncils.notify.domain;

import java.time.Instant;

/** The last run of a job as stored: start, end, how many mails it sent, its outcome, its last failure. */
public record JobRun(String jobKey, Instant lastStart, Instant lastEnd, String lastOutcome, int lastSent,
        String lastFailure, Instant lastFailureAt) {

    public static JobRun never(String jobKey) {
        return new JobRun(jobKey, null, null, null, 0, null, null);
    }
}
