package org.connectedcouncils.maturity.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.Review;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;

/** One current assessment in words: area, level, date, justification, evidence links and the peer reviews. */
public record AssessmentView(long id, String area, String level, String date, String justification,
        List<Views.Link> evidence, List<ReviewView> reviews, String reviewSummary) {

    /** A review: who, endorsed or questioned (with an AUI lozenge class), and the comment. */
    public record ReviewView(String council, String verdict, String lozenge, String comment) {
    }

    static AssessmentView of(String areaName, ReviewedAssessment r, Function<CouncilCode, String> names,
            SolutionPages pages, DisplayText text) {
        Assessment a = r.assessment();
        List<Views.Link> evidence = new ArrayList<>();
        a.evidence().entries().forEach(key -> evidence.add(new Views.Link(key, pages.href(key))));
        a.evidence().links().stream().filter(FieldChecks::isWebUrl)
                .forEach(link -> evidence.add(new Views.Link(link, link)));
        List<ReviewView> reviews = r.reviews().stream().map(review -> review(review, names, text)).toList();
        return new AssessmentView(a.id(), areaName, a.level().number() + " " + text.text(a.level().nameKey()),
                a.assessedOn().toString(), a.justification(), evidence, reviews,
                text.text("connected-councils.maturity.reviews.summary", r.count(ReviewVerdict.ENDORSE),
                        r.count(ReviewVerdict.QUESTION)));
    }

    private static ReviewView review(Review review, Function<CouncilCode, String> names, DisplayText text) {
        String lozenge = review.verdict() == ReviewVerdict.ENDORSE ? "aui-lozenge aui-lozenge-success"
                : "aui-lozenge aui-lozenge-moved";
        return new ReviewView(names.apply(review.reviewer()), text.text(review.verdict().nameKey()), lozenge,
                review.comment());
    }
}
