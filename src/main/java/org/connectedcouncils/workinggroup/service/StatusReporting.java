package org.connectedcouncils.workinggroup.service;

import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.blankToNull;
import static org.connectedcouncils.workinggroup.service.WorkingGroupGuards.open;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotAllowed;
import org.connectedcouncils.common.service.DomainEvents;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.register.domain.EntryEvent;
import org.connectedcouncils.register.domain.RegisterPolicy;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.register.service.Visibility;
import org.connectedcouncils.workinggroup.domain.GroupEvent;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupPolicy;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/**
 * The status-report use cases: partner editors report on a group and entry editors on a register entry; anyone
 * signed in reads the reports and the "report once" portfolio.
 */
public final class StatusReporting implements StatusReports {

    static final String NOT_PARTNER_EDITOR = "connected-councils.workinggroup.denied.notPartnerEditor";
    static final String NOT_ENTRY_EDITOR = "connected-councils.denied.notEditor";

    private final StatusReportStore reports;
    private final PortfolioStore portfolios;
    private final WorkingGroupStore store;
    private final WorkingGroupGuards guards;
    private final SolutionRegister solutions;
    private final DomainEvents events;
    private final GroupHistoryStore history;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * The use cases that publish each new report through {@code events} (after commit); a group's report also
     * writes a line of the group's history in its transaction.
     */
    public StatusReporting(StatusReportStore reports, PortfolioStore portfolios, WorkingGroupStore store,
            WorkingGroupGuards guards, SolutionRegister solutions, DomainEvents events, GroupHistoryStore history,
            Transactions transactions, Clock clock) {
        this.reports = reports;
        this.portfolios = portfolios;
        this.store = store;
        this.guards = guards;
        this.solutions = solutions;
        this.events = events;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    public StatusReport report(ReportSubject subject, StatusReportContent content) {
        Actor actor = guards.signedIn();
        WorkingGroup group = null;
        Solution solution = null;
        CouncilCode reporting = null;
        if (subject.isGroup()) {
            group = open(guards.group(subject.groupKey()));
            List<Membership> own = store.membershipsOf(group.key(), actor.editorOf());
            if (!WorkingGroupPolicy.canReport(actor, own)) {
                throw new NotAllowed(NOT_PARTNER_EDITOR);
            }
            reporting = own.stream().filter(m -> m.role().isPartner()).map(Membership::council).findFirst()
                    .orElse(null);
        } else {
            solution = solutions.get(subject.solutionKey());
            if (!RegisterPolicy.canEdit(actor, solution)) {
                throw new NotAllowed(NOT_ENTRY_EDITOR);
            }
        }
        WorkingGroupValidator.check(content, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        StatusReportContent trimmed = new StatusReportContent(content.reportDate(), content.rag(),
                content.summary().trim(), blankToNull(content.achievements()), blankToNull(content.nextSteps()),
                blankToNull(content.risks()));
        Instant now = clock.instant();
        CouncilCode council = reporting;
        StatusReport stored = transactions.inTransaction(() -> {
            if (subject.isGroup()) {
                history.record(new GroupHistoryEntry(subject.groupKey(), now, actor.userKey(),
                        GroupHistoryEntry.What.STATUS_REPORTED, council, trimmed.rag().code()));
            }
            return reports.appendReport(subject, trimmed, actor.userKey(), now);
        });
        events.publish(group != null
                ? new GroupEvent(GroupEvent.What.STATUS_REPORTED, group, null, content.rag(), actor.userKey(),
                        clock.instant())
                : new EntryEvent(EntryEvent.What.STATUS_REPORTED, solution, List.of(), null, content.rag().code(),
                        actor.userKey(), clock.instant()));
        return stored;
    }

    public Optional<StatusReport> latestReport(ReportSubject subject) {
        readable(guards.signedIn(), subject);
        return reports.latestReport(subject);
    }

    public Page<StatusReport> reports(ReportSubject subject, PageRequest page) {
        readable(guards.signedIn(), subject);
        return reports.reports(subject, page);
    }

    public Portfolio portfolio(PortfolioQuery query) {
        return portfolios.portfolio(query, Visibility.of(guards.signedIn()));
    }

    private void readable(Actor actor, ReportSubject subject) {
        if (subject.isGroup()) {
            guards.group(subject.groupKey());
        } else {
            solutions.get(subject.solutionKey());
        }
    }
}
