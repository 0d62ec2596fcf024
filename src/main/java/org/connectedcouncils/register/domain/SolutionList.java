package org.connectedcouncils.register.domain;

import org.connectedcouncils.common.domain.Page;

/** A page of entries and, when asked for, the facet counts for the same filter. */
public record SolutionList(Page<Solution> page, Facets facets) {
}
