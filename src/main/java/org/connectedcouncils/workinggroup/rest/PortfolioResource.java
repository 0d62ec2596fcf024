package org.connectedcouncils.workinggroup.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.Portfolio;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSortField;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.service.StatusReports;

/** The "report once" roll-up: the newest status of every matching group and register entry, with RAG counts. */
@Path("portfolio")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PortfolioResource {

    static final String SORT_FIELDS = "reported, rag, name";

    private final StatusReports reports;
    private final CouncilDirectory councils;

    @Inject
    public PortfolioResource(StatusReports reports, CouncilDirectory councils) {
        this.reports = reports;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PortfolioJson portfolio(@Context UriInfo uri) {
        Portfolio portfolio = reports.portfolio(query(new QueryParams(uri.getQueryParameters())));
        Page<PortfolioItem> page = portfolio.page();
        Map<CouncilCode, Council> names = WgJson.names(councils, page.items().stream().map(PortfolioItem::council)
                .toList());
        List<PortfolioItemJson> results = page.items().stream().map(i -> PortfolioItemJson.of(i, names, uri))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        portfolio.ragCounts().forEach((rag, count) -> counts.put(rag.code(), count));
        return new PortfolioJson(results, page.start(), page.limit(), results.size(), page.total(), counts,
                Links.paging(uri, page));
    }

    private static PortfolioQuery query(QueryParams params) {
        CouncilCode council = WgJson.council(params, "council");
        String serviceArea = params.text("serviceArea");
        Rag rag = params.code("rag", params.text("rag"), Rag.class);
        CollaborationModel model = params.code("model", params.text("model"), CollaborationModel.class);
        Sort<PortfolioSortField> sort = params.sort(PortfolioSortField.DEFAULT, SORT_FIELDS);
        var page = params.page();
        params.check();
        return new PortfolioQuery(council, serviceArea, rag, model, sort, page);
    }
}
