package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.PageRequest;
import java.util.Set;

import org.connectedcouncils.common.domain.CouncilCode;

/**
 * Filters, sort and paging of a register list. Empty sets and nulls mean "any". {@code text} matches whole words
 * of name and summary (all words must match).
 */
public record SolutionQuery(
        Set<Phase> phases,
        Set<SolutionKind> kinds,
        String serviceArea,
        CouncilCode ownerCouncil,
        CouncilCode adoptingCouncil,
        CollaborationOffer offer,
        EntryState state,
        String text,
        SolutionSort sort,
        PageRequest page,
        boolean withFacets) {

    public SolutionQuery {
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        sort = sort == null ? SolutionSort.DEFAULT : sort;
        page = page == null ? PageRequest.FIRST : page;
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static SolutionQuery all() {
        return new SolutionQuery(null, null, null, null, null, null, null, null, null, null, false);
    }

    public SolutionQuery withPage(PageRequest p) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text, sort,
                p, withFacets);
    }

    public SolutionQuery withFacets(boolean facets) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text, sort,
                page, facets);
    }
}
