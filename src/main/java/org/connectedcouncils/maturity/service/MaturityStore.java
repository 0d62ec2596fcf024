package org.connectedcouncils.maturity.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.LeadOffer;
import org.connectedcouncils.maturity.domain.LevelDescription;
import org.connectedcouncils.maturity.domain.MaturityCell;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.NewAssessment;
import org.connectedcouncils.maturity.domain.Review;
import org.connectedcouncils.maturity.domain.ReviewVerdict;

/**
 * Storage of assessments, reviews and level wording. Each write is one transaction (joining an outer one when
 * open); a clash on a unique key surfaces as {@link org.connectedcouncils.common.domain.Refusal.Conflict}.
 */
public interface MaturityStore {

    /** Appends an assessment; it becomes current unless the current one is dated later. */
    Assessment append(CouncilCode council, NewAssessment assessment, String author, Instant now);

    Optional<Assessment> assessment(long id);

    /** A council's current assessments, one per area (one statement). */
    List<Assessment> current(CouncilCode council);

    /** A council's assessments of one area, newest first. */
    Page<Assessment> history(CouncilCode council, String areaCode, PageRequest page);

    /** Every council's current assessment of each area, by council then area code (two statements). */
    Page<Assessment> latest(PageRequest page);

    /** Every current level of every council (one statement; bounded by councils x areas). */
    List<MaturityCell> currentCells();

    /**
     * The councils with a current assessment of one of {@code areaCodes}, each once (one SELECT DISTINCT statement
     * per 1,000 area codes; at most the directory's councils).
     */
    Set<CouncilCode> assessedCouncils(Collection<String> areaCodes);

    /** The current levels of the given councils (one statement per 1,000 councils; councils x areas cells). */
    List<MaturityCell> currentCells(Collection<CouncilCode> councils);

    /** Every council's current level in one area (one statement; at most one cell per council). */
    List<MaturityCell> currentCellsOf(String areaCode);

    Review addReview(long assessmentId, CouncilCode reviewer, ReviewVerdict verdict, String comment, String author,
            Instant now);

    /** Reviews of the given assessments, oldest first, keyed by assessment (one statement per 1,000 IDs). */
    Map<Long, List<Review>> reviews(Collection<Long> assessmentIds);

    /** The admins' wording of an area's levels (absent levels use the generic text). */
    Map<MaturityLevel, LevelDescription> wording(String areaCode);

    /** Saves an area's wording of one level in English and Welsh (null: none); blank English removes both. */
    LevelDescription saveWording(String areaCode, MaturityLevel level, String wording, String wordingCy);
    /** Records an offer to lead (a repeated offer keeps the first; one statement or two). */
    LeadOffer offerToLead(CouncilCode council, String areaCode, String author, Instant now);

    /** Removes an offer to lead; false when there was none. */
    boolean withdrawLead(CouncilCode council, String areaCode);

    /** Every offer to lead, optionally of one area or one council (one statement; bounded by councils x areas). */
    List<LeadOffer> leadOffers(String areaCode, CouncilCode council);
}
