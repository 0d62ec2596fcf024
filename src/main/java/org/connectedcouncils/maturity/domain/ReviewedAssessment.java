package org.connectedcouncils.maturity.domain;

import java.util.List;

/** An assessment with the peer reviews shown beside it. */
public record ReviewedAssessment(Assessment assessment, List<Review> reviews) {

    public ReviewedAssessment {
        reviews = List.copyOf(reviews);
    }

    public long count(ReviewVerdict verdict) {
        return reviews.stream().filter(r -> r.verdict() == verdict).count();
    }
}
