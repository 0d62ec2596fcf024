package org.connectedcouncils.preview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.Evidence;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.ReviewVerdict;
import org.connectedcouncils.maturity.service.Maturity;
import org.connectedcouncils.testing.SwitchableActor;

/**
 * Demo self-assessments for every demo council (marked "Demo data:"), written through the real use case by an
 * administrator: levels spread deterministically over a few areas, an older assessment for history, and some
 * reviews. Waste and recycling is left to the browser test, which assesses it itself.
 */
final class DemoMaturity {

    static final List<String> AREAS = List.of("housing", "parking", "planning", "highways", "public-health",
            "leisure-culture", "adult-social-care", "children", "council-tax", "libraries", "parks",
            "customer-services", "benefits", "environmental-health");

    private DemoMaturity() {
    }

    static int load(Maturity maturity, SwitchableActor actor, Set<String> activeAreas) {
        actor.actAs(Actor.administrator("preview-loader"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> areas = AREAS.stream().filter(activeAreas::contains).toList();
        int written = 0;
        List<Council> councils = DemoCouncils.ALL;
        for (int c = 0; c < councils.size(); c++) {
            Council council = councils.get(c);
            for (int a = 0; a < areas.size(); a++) {
                if ((c + a) % 4 == 3) {
                    continue;
                }
                int level = 1 + (c * 3 + a * 2) % 5;
                if (a == 0 && level > 1) {
                    maturity.assess(council.code(), new NewAssessment(areas.get(a), level - 1,
                            today.minusDays(300), "Demo data: where we started.", Evidence.NONE));
                    written++;
                }
                Assessment saved = maturity.assess(council.code(), new NewAssessment(areas.get(a), level,
                        today.minusDays(10 + c), "Demo data: how the service runs today.", Evidence.NONE));
                written++;
                if (a == 1 && c + 1 < councils.size()) {
                    maturity.review(saved.id(), councils.get(c + 1).code(),
                            c % 3 == 0 ? ReviewVerdict.QUESTION : ReviewVerdict.ENDORSE,
                            "Demo data: seen on a visit to the service.");
                }
            }
        }
        return written;
    }
}
