package org.connectedcouncils.maturity.rest;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.maturity.domain.Review;

/** A peer council's endorsement or question of an assessment. */
public record ReviewJson(long id, long assessmentId, String councilCode, String verdict, String comment,
        String created) {

    static ReviewJson of(Review r) {
        return new ReviewJson(r.id(), r.assessmentId(), r.reviewer().toString(), JsonFormats.code(r.verdict()),
                r.comment(), JsonFormats.instant(r.createdAt()));
    }
}
