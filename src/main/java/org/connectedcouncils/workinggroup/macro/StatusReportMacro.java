package org.connectedcouncils.workinggroup.macro;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.InvalidParameter;
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
public final class StatusReportMacro implements Macro {

    static final String TEMPLATE = "templates/workinggroup/status-report.vm";
    static final String STATIC_TEMPLATE = "templates/workinggroup/status-report-static.vm";
    static final String UNKNOWN_SUBJECT = "connected-councils.workinggroup.macro.error.unknownSubject";

    private final WorkingGroupQueries queries;
    private final MacroOutput output;
    private final Clock clock;

    public StatusReportMacro(WorkingGroupQueries queries, MacroOutput output, Clock clock) {
        this.queries = queries;
        this.output = output;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            MacroParameters p = new MacroParameters(parameters);
            ReportSubject subject = subject(p);
            PageRequest page = new PageRequest(0, p.number("pageSize", 1, PageRequest.MAX_LIMIT, 10));
            WorkingGroupQueries.ReportHistory history;
            try {
                history = queries.history(subject, page);
            } catch (Refusal.NotFound e) {
                throw new InvalidParameter("key", UNKNOWN_SUBJECT, subject.toString());
            }
            StatusReportView view = StatusReportView.of("cc-status-report-" + UUID.randomUUID(), history, mode,
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), output.text());
            return output.render(mode.isInteractive() ? TEMPLATE : STATIC_TEMPLATE, view, mode,
                    GroupViews.WEB_RESOURCE);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    private static ReportSubject subject(MacroParameters p) {
        String raw = p.text("key").or(() -> p.text("0"))
                .orElseThrow(() -> new InvalidParameter("key", "connected-councils.macro.error.required"));
        return ReportSubject.parse(raw)
                .orElseThrow(() -> new InvalidParameter("key", "connected-councils.macro.error.value", raw));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
