package org.connectedcouncils.register.domain;

import java.util.Set;
import java.util.function.Consumer;

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
        return with(c -> c.phases = p);
    }

    /** Only entries of one of these kinds (empty or null: any). */
    public SolutionQuery withKinds(Set<SolutionKind> k) {
        return with(c -> c.kinds = k);
    }

    /** Only entries filed under this service area code (null: any). */
    public SolutionQuery withServiceArea(String area) {
        return with(c -> c.serviceArea = area);
    }

    /** Only entries this council owns (null: any). */
    public SolutionQuery withOwner(CouncilCode owner) {
        return with(c -> c.ownerCouncil = owner);
    }

    /** Only entries this council evaluates or uses (null: any). */
    public SolutionQuery withAdopter(CouncilCode adopter) {
        return with(c -> c.adoptingCouncil = adopter);
    }

    /** Only entries whose owner makes this offer (null: any). */
    public SolutionQuery withOffer(CollaborationOffer o) {
        return with(c -> c.offer = o);
    }

    /** Only entries in this state (null: any). */
    public SolutionQuery withState(EntryState s) {
        return with(c -> c.state = s);
    }

    /** Only entries whose name and summary hold all these words (null or blank: any). */
    public SolutionQuery withText(String words) {
        return with(c -> c.text = words);
    }

    /** Only entries owned by councils like a chosen one (null: any); see {@link OwnersLike}. */
    public SolutionQuery withOwnersLike(OwnersLike like) {
        return with(c -> c.ownersLike = like);
    }

    /** In this order (null: the default). */
    public SolutionQuery sortedBy(Sort<SolutionSortField> s) {
        return with(c -> c.sort = s);
    }

    /** This page (null: the first). */
    public SolutionQuery withPage(PageRequest p) {
        return with(c -> c.page = p);
    }

    /** With or without the facet counts. */
    public SolutionQuery withFacets(boolean facets) {
        return with(c -> c.withFacets = facets);
    }

    /** This query with what {@code change} sets: the one place that lists every component in order. */
    private SolutionQuery with(Consumer<Change> change) {
        Change c = new Change(this);
        change.accept(c);
        return new SolutionQuery(c.phases, c.kinds, c.serviceArea, c.ownerCouncil, c.adoptingCouncil, c.offer,
                c.state, c.text, c.ownersLike, c.sort, c.page, c.withFacets);
    }

    /** A query's components while a wither changes one of them. */
    private static final class Change {
        Set<Phase> phases;
        Set<SolutionKind> kinds;
        String serviceArea;
        CouncilCode ownerCouncil;
        CouncilCode adoptingCouncil;
        CollaborationOffer offer;
        EntryState state;
        String text;
        OwnersLike ownersLike;
        Sort<SolutionSortField> sort;
        PageRequest page;
        boolean withFacets;

        Change(SolutionQuery q) {
            phases = q.phases;
            kinds = q.kinds;
            serviceArea = q.serviceArea;
            ownerCouncil = q.ownerCouncil;
            adoptingCouncil = q.adoptingCouncil;
            offer = q.offer;
            state = q.state;
            text = q.text;
            ownersLike = q.ownersLike;
            sort = q.sort;
            page = q.page;
            withFacets = q.withFacets;
        }
    }
}
