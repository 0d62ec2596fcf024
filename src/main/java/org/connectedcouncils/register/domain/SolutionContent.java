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
        String citizenOutcomes,
        ReuseTerms reuse) {

    public SolutionContent {
        reuse = reuse == null ? ReuseTerms.NONE : reuse;
        serviceAreas = serviceAreas == null ? new TreeSet<>() : new TreeSet<>(serviceAreas);
        offers = offers == null ? Set.of() : Set.copyOf(offers);
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Content without reuse terms (stated as {@link ReuseTerms#NONE}). */
    public SolutionContent(String name, String summary, String description, SolutionKind kind, Phase phase,
            CouncilCode ownerCouncil, String keyContact, SortedSet<String> serviceAreas,
            Set<CollaborationOffer> offers, String landingUrl, String repositoryUrl, String licence,
            SoftwareType softwareType, MaintenanceType maintenance, List<String> platforms, List<String> categories,
            BudgetBand budgetBand, Money oneOffCost, Money annualRunningCost, Money annualSaving,
            String citizenOutcomes) {
        this(name, summary, description, kind, phase, ownerCouncil, keyContact, serviceAreas, offers, landingUrl,
                repositoryUrl, licence, softwareType, maintenance, platforms, categories, budgetBand, oneOffCost,
                annualRunningCost, annualSaving, citizenOutcomes, ReuseTerms.NONE);
    }

    /** The same content with other reuse terms. */
    public SolutionContent withReuse(ReuseTerms terms) {
        return new SolutionContent(name, summary, description, kind, phase, ownerCouncil, keyContact, serviceAreas,
                offers, landingUrl, repositoryUrl, licence, softwareType, maintenance, platforms, categories,
                budgetBand, oneOffCost, annualRunningCost, annualSaving, citizenOutcomes, terms);
    }

    /** The same content in another phase. */
    public SolutionContent withPhase(Phase next) {
        return new SolutionContent(name, summary, description, kind, next, ownerCouncil, keyContact, serviceAreas,
                offers, landingUrl, repositoryUrl, licence, softwareType, maintenance, platforms, categories,
                budgetBand, oneOffCost, annualRunningCost, annualSaving, citizenOutcomes, reuse);
    }

    /** The same content owned by another council. */
    public SolutionContent withOwnerCouncil(CouncilCode owner) {
        return new SolutionContent(name, summary, description, kind, phase, owner, keyContact, serviceAreas,
                offers, landingUrl, repositoryUrl, licence, softwareType, maintenance, platforms, categories,
                budgetBand, oneOffCost, annualRunningCost, annualSaving, citizenOutcomes, reuse);
    }

    /** Offers in declaration order, for stable display and storage. */
    public List<CollaborationOffer> sortedOffers() {
        return offers.stream().sorted().toList();
    }

    /** The currency the entry's money is declared in, or null when it declares none. */
    public String currency() {
        for (Money m : new Money[] {oneOffCost, annualRunningCost, annualSaving,
                reuse.adoptionOneOffCost(), reuse.adoptionAnnualCost()}) {
            if (m != null) {
                return m.currency();
            }
        }
        return null;
    }
}
