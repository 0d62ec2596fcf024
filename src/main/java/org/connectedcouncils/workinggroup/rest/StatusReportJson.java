package org.connectedcouncils.workinggroup.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/** A stored status report of a group ({@code WG-n}) or register entry ({@code CC-n}). */
public record StatusReportJson(long id, String subject, String date, String rag, String summary,
        String achievements, String nextSteps, String risks, String author, String created) {

    static StatusReportJson of(StatusReport r) {
        if (r == null) {
            return null;
        }
        StatusReportContent c = r.content();
        return new StatusReportJson(r.id(), r.subject().toString(), JsonFormats.date(c.reportDate()),
                JsonFormats.code(c.rag()), c.summary(), c.achievements(), c.nextSteps(), c.risks(), r.author(),
                JsonFormats.instant(r.created()));
    }
}
