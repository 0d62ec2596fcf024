package org.connectedcouncils.workinggroup.domain;

import java.time.Instant;
import java.util.Objects;

/** A stored status report. Reports are never changed or deleted; the newest by report date is the current one. */
public record StatusReport(long id, ReportSubject subject, StatusReportContent content, String author,
        Instant created) {

    public StatusReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(content, "content");
    }
}
