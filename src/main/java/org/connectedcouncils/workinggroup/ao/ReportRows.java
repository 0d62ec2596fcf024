package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.code;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/** The status-report rows the report and portfolio stores share: subject kinds, dates and the mapping. */
final class ReportRows {

    /** {@link AoStatusReport#getSubjectType()} of a group's report. */
    static final String GROUP = "group";
    /** {@link AoStatusReport#getSubjectType()} of a register entry's report. */
    static final String SOLUTION = "solution";

    private ReportRows() {
    }

    static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate toLocalDate(Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    static StatusReport toReport(AoStatusReport row) {
        ReportSubject subject = ReportSubject.parse(row.getSubject()).orElseThrow();
        StatusReportContent content = new StatusReportContent(toLocalDate(row.getReportDate()),
                code(Rag.class, row.getRag()), row.getSummary(), row.getAchievements(), row.getNextSteps(),
                row.getRisks());
        return new StatusReport(row.getID(), subject, content, row.getAuthor(), row.getCreatedAt().toInstant());
    }
}
