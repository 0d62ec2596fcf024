package org.connectedcouncils.register.domain;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * Everything an editor writes about an entry: what create and update take, and what a stored entry carries.
 * Optional values are {@code null}; collections are never null. Validity is checked by {@link SolutionValidator}.
 */
public record SolutionContent(
        String name,
        String summary,
        String description,
        SolutionKind kind,
        Phase phase,
        CouncilCode ownerCouncil,
        String keyContact,
        SortedSet<String> serviceAreas,
        Set<CollaborationOffer> offers,
        String landingUrl,
        String repositoryUrl,
        String licence,
        SoftwareType softwareType,
        MaintenanceType maintenance,
        List<String> platforms,
        List<String> categories,
        BudgetBand budgetBand,
        Money oneOffCost,
        Money annualRunningCost,
        Money annualSaving,
        String citizenOutcomes) {

    public SolutionContent {
        serviceAreas = serviceAreas == null ? new TreeSet<>() : new TreeSet<>(serviceAreas);
        offers = offers == null ? Set.of() : Set.copyOf(offers);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Offers in declaration order, for stable display and storage. */
    public List<CollaborationOffer> sortedOffers() {
        return offers.stream().sorted().toList();
    }

    /** The currency the entry's money is declared in, or null when it declares none. */
    public String currency() {
        for (Money m : new Money[] {oneOffCost, annualRunningCost, annualSaving}) {
            if (m != null) {
                return m.currency();
            }
        }
        return null;
    }
}
