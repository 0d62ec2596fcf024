package org.connectedcouncils.workinggroup.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.Vocabulary;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupValidator;

/**
 * The rules a group's details must meet beyond their own shape: the funding-bid rules (lead limit, minimum
 * partners), linked entries that exist, and the reference data (councils, service areas) they are checked against.
 */
final class GroupRules {

    /** The Local Digital Fund asks for at least three partner authorities. */
    static final int FUNDING_BID_MIN_PARTNERS = 3;

    private final WorkingGroupStore store;
    private final CouncilDirectory councils;
    private final ServiceAreaCatalogue serviceAreas;
    private final SolutionRegister solutions;
    private final WorkingGroupSettings settings;

    GroupRules(WorkingGroupStore store, CouncilDirectory councils, ServiceAreaCatalogue serviceAreas,
            SolutionRegister solutions, WorkingGroupSettings settings) {
        this.store = store;
        this.councils = councils;
        this.serviceAreas = serviceAreas;
        this.solutions = solutions;
        this.settings = settings;
    }

    /** A council may lead only so many open funding-bid groups (the Local Digital Fund rule). */
    void checkLeadLimit(String field, CouncilCode lead, WorkingGroupKey excluding) {
        int max = settings.maxFundingBidLeads();
        if (store.countLedFundingBids(lead, excluding) >= max) {
            throw ValidationException.of(FieldError.of(field, WorkingGroupValidator.LEAD_LIMIT, lead.value(), max));
        }
    }

    /** A funding-bid consortium needs enough partner councils before it can be active. */
    static void checkPartners(String field, int partners) {
        if (partners < FUNDING_BID_MIN_PARTNERS) {
            throw ValidationException.of(FieldError.of(field, WorkingGroupValidator.TOO_FEW_PARTNERS,
                    FUNDING_BID_MIN_PARTNERS, partners));
        }
    }

    /** Linked entries must exist and be visible to the user; ones linked before may stay. */
    void checkLinkedSolutions(Set<SolutionKey> linked, Set<SolutionKey> before) {
        List<FieldError> errors = new ArrayList<>();
        for (SolutionKey key : linked) {
            if (before.contains(key)) {
                continue;
            }
            try {
                solutions.get(key);
            } catch (NotFound e) {
                errors.add(FieldError.of("linkedSolutions", WorkingGroupValidator.UNKNOWN_SOLUTION, key.toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Reference data for validation, with the named councils read in one query; an edit may keep its lead and the
     * areas it already had even if since retired.
     */
    Vocabulary vocabulary(WorkingGroup current, Collection<CouncilCode> named) {
        Set<String> active = serviceAreas.activeCodes();
        Map<CouncilCode, Council> known = councils.findAll(named);
        return new Vocabulary() {
            public boolean isActiveCouncil(CouncilCode code) {
                if (current != null && code.equals(current.leadCouncil())) {
                    return true;
                }
                Council council = known.get(code);
                return council != null && !council.retired();
            }

            public boolean isActiveServiceArea(String code) {
                return active.contains(code) || (current != null && current.details().serviceAreas().contains(code));
            }
        };
    }
}
