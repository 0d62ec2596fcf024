package org.connectedcouncils.maturity.service;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.service.ActorProvider;
import org.connectedcouncils.common.service.Transactions;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.NewAssessment;

/**
 * An administrator's import of councils' self-assessments and offers to lead: each row checked by the same rules
 * as {@link Maturity#assess} and {@link Maturity#offerToLead} (acting as the admin), then all written, or none.
 */
public final class MaturityImports {

    /** An assessment to import: the council that made it and what it says. */
    public record Rating(CouncilCode council, NewAssessment assessment) {
    }

    /** An offer to lead to import: which council, in which service area. */
    public record Offer(CouncilCode council, String areaCode) {
    }

    private final Maturity maturity;
    private final BulkImports<Rating> ratings;
    private final BulkImports<Offer> offers;

    public MaturityImports(Maturity maturity, CouncilDirectory councils, ActorProvider actors,
            Transactions transactions) {
        this.maturity = maturity;
        this.ratings = new BulkImports<>(actors, councils, transactions, Rating::council,
                (r, council) -> maturity.checked(r.council(), r.assessment()));
        this.offers = new BulkImports<>(actors, councils, transactions, Offer::council,
                (o, council) -> maturity.checkLeadArea(o.areaCode()));
    }

    /** The problems of each assessment by its index (empty when all hold); writes nothing. */
    public Map<Integer, List<FieldError>> checkAssessments(List<Rating> items) {
        return ratings.check(items);
    }

    /** Every assessment recorded in one transaction (each current unless a later one exists), or none. */
    public int assessAll(List<Rating> items) {
        return ratings.addAll(items, (actor, council, r) -> maturity.saved(actor, council,
                maturity.checked(r.council(), r.assessment())));
    }

    /** The problems of each offer to lead by its index (empty when all hold); writes nothing. */
    public Map<Integer, List<FieldError>> checkOffers(List<Offer> items) {
        return offers.check(items);
    }

    /** Every offer to lead recorded in one transaction (an offer made before stays as it was), or none. */
    public int offerAll(List<Offer> items) {
        return offers.addAll(items, (actor, council, o) -> maturity.leadSaved(actor, council, o.areaCode()));
    }
}
