package org.connectedcouncils.workinggroup.domain;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;

/**
 * Filters of the "report once" roll-up; nulls mean "any". {@code council} matches groups it leads, belongs to or
 * observes and register entries it owns; {@code model} only matches groups (register entries have none).
 */
public record PortfolioQuery(
        CouncilCode council,
        String serviceArea,
        Rag rag,
        CollaborationModel model,
        Sort<PortfolioSortField> sort,
        PageRequest page) {

    public PortfolioQuery {
        sort = sort == null ? PortfolioSortField.DEFAULT : sort;
        page = page == null ? PageRequest.FIRST : page;
    }

    public static PortfolioQuery all() {
        return new PortfolioQuery(null, null, null, null, null, null);
    }

    public PortfolioQuery withPage(PageRequest p) {
        return new PortfolioQuery(council, serviceArea, rag, model, sort, p);
    }

    public PortfolioQuery withSort(Sort<PortfolioSortField> s) {
        return new PortfolioQuery(council, serviceArea, rag, model, s, page);
    }

    public PortfolioQuery withRag(Rag r) {
        return new PortfolioQuery(council, serviceArea, r, model, sort, page);
    }
}
