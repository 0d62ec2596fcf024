package org.connectedcouncils.register.domain;

import java.util.Set;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;

/**
 * Filters, sort and paging of a register list. Empty sets and nulls mean "any". {@code text} matches whole words
 * of name and summary (all words must match). Start from {@link #all()} and narrow it with the withers:
 * {@code SolutionQuery.all().withOwner(code).sortedBy(sort).withPage(page)}.
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
        OwnersLike ownersLike,
        Sort<SolutionSortField> sort,
        PageRequest page,
        boolean withFacets) {

    private static final SolutionQuery ALL = new SolutionQuery(null, null, null, null, null, null, null, null, null,
            null, null, false);

    public SolutionQuery {
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        sort = sort == null ? SolutionSortField.DEFAULT : sort;
        page = page == null ? PageRequest.FIRST : page;
        text = text == null || text.isBlank() ? null : text.trim();
    }

    /** Every entry the reader may see, in the default sort, first page, without facets. */
    public static SolutionQuery all() {
        return ALL;
    }

    /** Only entries in one of these phases (empty or null: any). */
    public SolutionQuery withPhases(Set<Phase> p) {
        return new SolutionQuery(p, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text, ownersLike,
                sort, page, withFacets);
    }

    /** Only entries of one of these kinds (empty or null: any). */
    public SolutionQuery withKinds(Set<SolutionKind> k) {
        return new SolutionQuery(phases, k, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text,
                ownersLike, sort, page, withFacets);
    }

    /** Only entries filed under this service area code (null: any). */
    public SolutionQuery withServiceArea(String area) {
        return new SolutionQuery(phases, kinds, area, ownerCouncil, adoptingCouncil, offer, state, text, ownersLike,
                sort, page, withFacets);
    }

    /** Only entries this council owns (null: any). */
    public SolutionQuery withOwner(CouncilCode owner) {
        return new SolutionQuery(phases, kinds, serviceArea, owner, adoptingCouncil, offer, state, text, ownersLike,
                sort, page, withFacets);
    }

    /** Only entries this council evaluates or uses (null: any). */
    public SolutionQuery withAdopter(CouncilCode adopter) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adopter, offer, state, text, ownersLike,
                sort, page, withFacets);
    }

    /** Only entries whose owner makes this offer (null: any). */
    public SolutionQuery withOffer(CollaborationOffer o) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, o, state, text,
                ownersLike, sort, page, withFacets);
    }

    /** Only entries in this state (null: any). */
    public SolutionQuery withState(EntryState s) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, s, text,
                ownersLike, sort, page, withFacets);
    }

    /** Only entries whose name and summary hold all these words (null or blank: any). */
    public SolutionQuery withText(String words) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, words,
                ownersLike, sort, page, withFacets);
    }

    /** Only entries owned by councils like a chosen one (null: any); see {@link OwnersLike}. */
    public SolutionQuery withOwnersLike(OwnersLike like) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text, like,
                sort, page, withFacets);
    }

    /** In this order (null: the default). */
    public SolutionQuery sortedBy(Sort<SolutionSortField> s) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text,
                ownersLike, s, page, withFacets);
    }

    /** This page (null: the first). */
    public SolutionQuery withPage(PageRequest p) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text,
                ownersLike, sort, p, withFacets);
    }

    /** With or without the facet counts. */
    public SolutionQuery withFacets(boolean facets) {
        return new SolutionQuery(phases, kinds, serviceArea, ownerCouncil, adoptingCouncil, offer, state, text,
                ownersLike, sort, page, facets);
    }
}
