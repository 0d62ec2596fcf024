package org.connectedcouncils.workinggroup.ao;

import static org.connectedcouncils.workinggroup.ao.GroupRows.uniqueOrConflict;
import static org.connectedcouncils.workinggroup.ao.ReportRows.GROUP;
import static org.connectedcouncils.workinggroup.ao.ReportRows.SOLUTION;
import static org.connectedcouncils.workinggroup.ao.ReportRows.toDate;
import static org.connectedcouncils.workinggroup.ao.ReportRows.toLocalDate;
import static org.connectedcouncils.workinggroup.ao.ReportRows.toReport;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.service.StatusReportStore;

/**
 * {@link StatusReportStore} on Active Objects. A subject's current report holds the subject key in a unique column,
 * so two reports racing to become current clash in the database.
 */
public final class AoStatusReportStore implements StatusReportStore {

    static final String REPORT_RACE = "connected-councils.workinggroup.conflict.reportRace";

    private final ActiveObjects ao;

    public AoStatusReportStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public StatusReport appendReport(ReportSubject subject, StatusReportContent c, String author, Instant now) {
        return uniqueOrConflict(REPORT_RACE, () -> ao.executeInTransaction(() -> {
            String key = subject.toString();
            Optional<AoStatusReport> current = currentReport(key);
            boolean newest = current.map(r -> !toLocalDate(r.getReportDate()).isAfter(c.reportDate()))
                    .orElse(true);
            if (newest && current.isPresent()) {
                current.get().setCurrentKey(notCurrent());
                current.get().setLatest(false);
                current.get().save();
            }
            Map<String, Object> values = new HashMap<>();
            values.put(AoStatusReport.SUBJECT, key);
            values.put(AoStatusReport.SUBJECT_TYPE, subject.isGroup() ? GROUP : SOLUTION);
            values.put(AoStatusReport.SUBJECT_ID, (int) subject.number());
            values.put(AoStatusReport.CURRENT_KEY, newest ? key : notCurrent());
            values.put(AoStatusReport.LATEST, newest);
            values.put(AoStatusReport.REPORT_DATE, toDate(c.reportDate()));
            values.put(AoStatusReport.RAG, c.rag().code());
            values.put(AoStatusReport.RAG_RANK, c.rag().rank());
            values.put(AoStatusReport.SUMMARY, c.summary());
            values.put("ACHIEVEMENTS", c.achievements());
            values.put("NEXT_STEPS", c.nextSteps());
            values.put("RISKS", c.risks());
            values.put("AUTHOR", author);
            values.put(AoStatusReport.CREATED_AT, Date.from(now));
            return toReport(ao.create(AoStatusReport.class, values));
        }));
    }

    @Override
    public Optional<StatusReport> latestReport(ReportSubject subject) {
        return currentReport(subject.toString()).map(ReportRows::toReport);
    }

    @Override
    public Page<StatusReport> reports(ReportSubject subject, PageRequest page) {
        String where = AoStatusReport.SUBJECT + " = ?";
        Query q = Query.select().where(where, subject.toString())
                .order(AoStatusReport.REPORT_DATE + " DESC, ID DESC").limit(page.limit()).offset(page.start());
        List<StatusReport> items = Arrays.stream(ao.find(AoStatusReport.class, q))
                .map(ReportRows::toReport).toList();
        int total = ao.count(AoStatusReport.class, Query.select().where(where, subject.toString()));
        return new Page<>(items, page.start(), page.limit(), total);
    }

    /** A unique value that can never be a subject key. */
    private static String notCurrent() {
        return "old-" + UUID.randomUUID();
    }

    private Optional<AoStatusReport> currentReport(String subject) {
        AoStatusReport[] rows = ao.find(AoStatusReport.class, Query.select()
                .where(AoStatusReport.CURRENT_KEY + " = ?", subject));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
