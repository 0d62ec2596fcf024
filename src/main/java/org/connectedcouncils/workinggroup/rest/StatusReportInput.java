package org.connectedcouncils.workinggroup.rest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/** Body of {@code POST …/reports}: the date it covers (YYYY-MM-DD), RAG and the four texts. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record StatusReportInput(String date, String rag, String summary, String achievements, String nextSteps,
        String risks) {

    StatusReportContent toContent() {
        List<FieldError> errors = new ArrayList<>();
        var reportDate = JsonFormats.date(errors, "date", date);
        Rag value = JsonFormats.code(errors, "rag", rag, Rag.class);
        JsonFormats.throwIfAny(errors);
        return new StatusReportContent(reportDate, value, summary, achievements, nextSteps, risks);
    }
}
