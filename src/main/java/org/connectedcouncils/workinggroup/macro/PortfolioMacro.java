package org.connectedcouncils.workinggroup.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSortField;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * {@code cc-portfolio}: the newest status of every working group and register entry matching a filter, with counts
 * by RAG — "report once, see everywhere". Sortable on screen; static in exports with a note when capped.
 */
public final class PortfolioMacro extends BlockMacro<PortfolioQuery> {

    static final String TEMPLATE = "templates/workinggroup/portfolio.vm";
    static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";
    static final String UNKNOWN_AREA = "connected-councils.workinggroup.macro.error.unknownServiceArea";

    private final WorkingGroupQueries queries;

    public PortfolioMacro(WorkingGroupQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    @Override
    protected PortfolioQuery request(MacroParameters p, ConversionContext context) {
        CouncilCode council = p.council("council");
        String area = p.text("serviceArea").map(String::toLowerCase).orElse(null);
        Rag rag = p.code("rag", Rag.class);
        CollaborationModel model = p.code("model", CollaborationModel.class);
        Sort<PortfolioSortField> sort = p.parse("sort", raw -> Sort.parse(raw, PortfolioSortField.DEFAULT));
        int size = p.number("pageSize", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT);
        return new PortfolioQuery(council, area, rag, model, sort, new PageRequest(0, size));
    }

    @Override
    protected String render(PortfolioQuery query, OutputMode mode) throws MacroExecutionException {
        WorkingGroupQueries.PortfolioTable table = queries.portfolio(query);
        if (query.council() != null && !table.councils().containsKey(query.council())) {
            throw new InvalidParameter("council", UNKNOWN_COUNCIL, query.council().value());
        }
        if (query.serviceArea() != null && table.serviceAreas().stream()
                .noneMatch(a -> a.code().equals(query.serviceArea()))) {
            throw new InvalidParameter("serviceArea", UNKNOWN_AREA, query.serviceArea());
        }
        PortfolioView view = PortfolioView.of(elementId("cc-portfolio"), query, table, output.solutionPages(mode),
                output.text());
        return output.render(TEMPLATE, view, mode, GroupViews.WEB_RESOURCE);
    }
}
