package org.connectedcouncils.maturity.domain;

import java.time.Instant;

import org.connectedcouncils.common.domain.CouncilCode;

/** A peer council's endorsement or question of an assessment, with its comment. */
public record Review(long id, long assessmentId, CouncilCode reviewer, ReviewVerdict verdict, String comment,
        String author, Instant createdAt) {
}
