package org.connectedcouncils.register.macro;

import static org.connectedcouncils.testing.SolutionTestData.BRIGHTON;
import static org.connectedcouncils.testing.SolutionTestData.HACKNEY;
import static org.connectedcouncils.testing.SolutionTestData.LEEDS;
import static org.connectedcouncils.testing.SolutionTestData.aSolution;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.domain.CouncilPlace;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.AdoptionCounts;
import org.connectedcouncils.register.domain.AdoptionFigures;
import org.connectedcouncils.register.domain.AdoptionState;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.EntryState;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.RegisterQueries.CouncilProfile;
import org.connectedcouncils.register.service.RegisterQueries.RegisterFigures;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;
import org.connectedcouncils.register.service.RegisterQueries.SolutionCard;

/** Read models for macro tests, with hostile user data: markup, quotes and script URLs in every text field. */
final class MacroTestData {

    static final String HOSTILE_NAME = "<script>alert(\"name\")</script> Bins & 'Boxes'";
    static final String HOSTILE_SUMMARY = "Summary with \"quotes\" and <img src=x onerror=alert(1)>";
    static final String SCRIPT_URL = "javascript:alert(document.cookie)";
    static final String HOSTILE_AREA = "Waste <b>& recycling</b>";
    static final String HOSTILE_COUNCIL = "Council \"<i>of</i>\" Evil";
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    /** The default limit, read when every sample entry was just created: none is due. */
    static final ConfirmationRule FRESH = new ConfirmationRule(180, NOW);
    /** The default limit, read 181 days after the sample entries were created: published ones are due. */
    static final ConfirmationRule LATE = new ConfirmationRule(180, NOW.plus(Duration.ofDays(181)));

    private MacroTestData() {
    }

    static Solution hostileSolution(long number) {
        return new Solution(SolutionKey.of(number), aSolution().named(HOSTILE_NAME).withSummary(HOSTILE_SUMMARY)
                .withLandingUrl(SCRIPT_URL).withRepositoryUrl("https://example.org/repo?a=1&b='2'")
                .withLicence("MIT").build(), EntryState.PUBLISHED, new AdoptionCounts(1, 2, 0), NOW, "u1", NOW,
                null, 3);
    }

    static Map<CouncilCode, Council> councils() {
        return Map.of(BRIGHTON, new Council(BRIGHTON, HOSTILE_COUNCIL, CouncilType.UNITARY, "", false)
                        .withPlace(new CouncilPlace("England", "GB", 50.84, -0.13)),
                HACKNEY, new Council(HACKNEY, "London Borough of Hackney", CouncilType.LONDON_BOROUGH, "", false)
                        .withPlace(new CouncilPlace("England", "GB", 51.55, -0.06)),
                LEEDS, new Council(LEEDS, "Leeds City Council", CouncilType.METROPOLITAN_BOROUGH, "", false));
    }

    static List<ServiceArea> areas() {
        return List.of(new ServiceArea("waste", HOSTILE_AREA, false), new ServiceArea("housing", "Housing", false));
    }

    static RegisterTable table(long total, Solution... solutions) {
        return table(FRESH, total, solutions);
    }

    static RegisterTable table(ConfirmationRule confirmation, long total, Solution... solutions) {
        return new RegisterTable(new Page<>(List.of(solutions), 0, 25, total), councils(), areas(), confirmation, null);
    }

    static SolutionCard card(boolean canConfirm, boolean canDeclare) {
        return card(FRESH, canConfirm, canDeclare);
    }

    static SolutionCard card(ConfirmationRule confirmation, boolean canConfirm, boolean canDeclare) {
        Solution s = hostileSolution(12);
        Adoption confirmed = new Adoption(s.key(), HACKNEY, AdoptionState.USING, null, null, "u2", NOW, "u1", NOW);
        Adoption declared = new Adoption(s.key(), LEEDS, AdoptionState.EVALUATING, null, null, "u3", NOW, null, null);
        return new SolutionCard(s, new Page<>(List.of(confirmed, declared), 0, 100, 2), councils(), areas(),
                canConfirm, canConfirm, canDeclare ? List.of(councils().get(HACKNEY)) : List.of(), confirmation);
    }

    static RegisterFigures figures() {
        AdoptionFigures f = new AdoptionFigures(5, Map.of(Phase.BETA, 3L, Phase.LIVE, 2L),
                Map.of("waste", 4L, "housing", 1L), new AdoptionFigures.AdoptionTotals(2, 6, 1), 2,
                Map.of("GBP", 3_600_000L));
        return new RegisterFigures(f, areas(), councils(), Map.of(BRIGHTON, new AdoptionCounts(0, 2, 1),
                HACKNEY, new AdoptionCounts(1, 0, 0), LEEDS, new AdoptionCounts(0, 0, 1)));
    }

    /** A profile whose entries (created at NOW) are seen 181 days on: the owned one is due for confirmation. */
    static CouncilProfile profile() {
        return profile(LATE);
    }

    static CouncilProfile profile(ConfirmationRule confirmation) {
        Solution owned = hostileSolution(12);
        Solution other = hostileSolution(13);
        Adoption adoption = new Adoption(other.key(), BRIGHTON, AdoptionState.USING, null, null, "u", NOW, null,
                null);
        return new CouncilProfile(councils().get(BRIGHTON), new Page<>(List.of(owned), 0, 25, 1),
                new AdoptionFigures(1, Map.of(), Map.of(), null, 1, Map.of("GBP", 1_200_000L)),
                new Page<>(List.of(new CouncilProfile.AdoptedSolution(adoption, other)), 0, 25, 1),
                AdoptionFigures.NONE, councils(), confirmation);
    }

    static PageRequest first() {
        return PageRequest.FIRST;
    }
}
