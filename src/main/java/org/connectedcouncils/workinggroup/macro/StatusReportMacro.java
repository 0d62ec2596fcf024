package org.connectedcouncils.workinggroup.macro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * {@code cc-status-report}: on screen, the form partners use to write this period's report plus the history; in
 * exports and mail, the history only. The subject is a working group ({@code WG-n}) or a register entry
 * ({@code CC-n}).
 */
public final class StatusReportMacro extends BlockMacro<StatusReportMacro.Request> {

    static final String TEMPLATE = "templates/workinggroup/status-report.vm";
    static final String STATIC_TEMPLATE = "templates/workinggroup/status-report-static.vm";
    static final String UNKNOWN_SUBJECT = "connected-councils.workinggroup.macro.error.unknownSubject";

    /** The subject whose history is shown and how many reports a page holds. */
    record Request(ReportSubject subject, PageRequest page) {
    }

    private final WorkingGroupQueries queries;
    private final Clock clock;

    public StatusReportMacro(WorkingGroupQueries queries, MacroOutput output, Clock clock) {
        super(output);
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    protected Request request(MacroParameters p, ConversionContext context) {
        ReportSubject subject = p.required("key", ReportSubject::parse);
        return new Request(subject, new PageRequest(0, p.number("pageSize", 1, PageRequest.MAX_LIMIT, 10)));
    }

    @Override
    protected String render(Request request, OutputMode mode) throws MacroExecutionException {
        WorkingGroupQueries.ReportHistory history = found(() -> queries.history(request.subject(), request.page()),
                "key", UNKNOWN_SUBJECT, request.subject().toString());
        StatusReportView view = StatusReportView.of(elementId("cc-status-report"), history, mode,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), output.text());
        return output.render(mode.isInteractive() ? TEMPLATE : STATIC_TEMPLATE, view, mode, GroupViews.WEB_RESOURCE);
    }
}
