package org.connectedcouncils.maturity.rest;

import java.util.List;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;

/** A stored self-assessment with its evidence and the peer reviews beside it. */
public record AssessmentJson(long id, String councilCode, String area, int level, String date,
        String justification, List<String> entries, List<String> links, boolean current, String author,
        String created, List<ReviewJson> reviews) {

    static AssessmentJson of(ReviewedAssessment r) {
        Assessment a = r.assessment();
        return new AssessmentJson(a.id(), a.council().toString(), a.areaCode(), a.level().number(),
                JsonFormats.date(a.assessedOn()), a.justification(), a.evidence().entries(), a.evidence().links(),
                a.current(), a.author(), JsonFormats.instant(a.createdAt()),
                r.reviews().stream().map(ReviewJson::of).toList());
    }
}
