package org.connectedcouncils.workinggroup.service;

import java.time.Instant;
import java.util.Optional;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/**
 * Storage of status reports of groups and register entries. Each write is one transaction (joining an outer one
 * when open); the database allows one current report per subject, and a clash surfaces as
 * {@link org.connectedcouncils.common.domain.Refusal.Conflict}.
 */
public interface StatusReportStore {

    /** Appends a report; it becomes the subject's current one unless that one covers a later date. */
    StatusReport appendReport(ReportSubject subject, StatusReportContent content, String author, Instant now);

    Optional<StatusReport> latestReport(ReportSubject subject);

    /** Reports of a subject, newest report date first. */
    Page<StatusReport> reports(ReportSubject subject, PageRequest page);
}
