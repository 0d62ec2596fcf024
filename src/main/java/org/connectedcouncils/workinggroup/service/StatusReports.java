package org.connectedcouncils.workinggroup.service;

import java.util.Optional;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/**
 * Status-report use cases on groups and register entries, and the portfolio they roll up into. Acting as the
 * current user; failures are {@link org.connectedcouncils.common.domain.Refusal}s and nothing is written then.
 */
public interface StatusReports {

    /** Writes a status report for a group (partner editors) or register entry (its editors). */
    StatusReport report(ReportSubject subject, StatusReportContent content);

    /** The current (newest) report, shown wherever the subject appears. */
    Optional<StatusReport> latestReport(ReportSubject subject);

    /** All reports of a subject, newest first. */
    Page<StatusReport> reports(ReportSubject subject, PageRequest page);

    /** The "report once" roll-up across groups and register entries. */
    Portfolio portfolio(PortfolioQuery query);
}
