package org.connectedcouncils.workinggroup.domain;

import java.time.LocalDate;

/** What a member writes once per period: the date it covers, a RAG rating and four short texts. */
public record StatusReportContent(LocalDate reportDate, Rag rag, String summary, String achievements,
        String nextSteps, String risks) {
}
