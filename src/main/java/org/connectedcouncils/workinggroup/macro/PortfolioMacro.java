package org.connectedcouncils.workinggroup.macro;

import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.PortfolioSort;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * {@code cc-portfolio}: the newest status of every working group and register entry matching a filter, with counts
 * by RAG — "report once, see everywhere". Sortable on screen; static in exports with a note when capped.
 */
public final class PortfolioMacro implements Macro {

    static final String TEMPLATE = "templates/workinggroup/portfolio.vm";
    static final String UNKNOWN_COUNCIL = "connected-councils.macro.error.unknownCouncil";
    static final String UNKNOWN_AREA = "connected-councils.workinggroup.macro.error.unknownServiceArea";

    private final WorkingGroupQueries queries;
    private final MacroOutput output;

    public PortfolioMacro(WorkingGroupQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            PortfolioQuery query = query(new MacroParameters(parameters));
            WorkingGroupQueries.PortfolioTable table = queries.portfolio(query);
            if (query.council() != null && !table.councils().containsKey(query.council())) {
                throw new InvalidParameter("council", UNKNOWN_COUNCIL, query.council().value());
            }
            if (query.serviceArea() != null && table.serviceAreas().stream()
                    .noneMatch(a -> a.code().equals(query.serviceArea()))) {
                throw new InvalidParameter("serviceArea", UNKNOWN_AREA, query.serviceArea());
            }
            PortfolioView view = PortfolioView.of("cc-portfolio-" + UUID.randomUUID(), query, table,
                    output.solutionPages(mode), output.text());
            return output.render(TEMPLATE, view, mode, GroupViews.WEB_RESOURCE);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    static PortfolioQuery query(MacroParameters p) {
        CouncilCode council = p.council("council");
        String area = p.text("serviceArea").map(String::toLowerCase).orElse(null);
        Rag rag = p.code("rag", Rag.class);
        CollaborationModel model = p.code("model", CollaborationModel.class);
        String rawSort = p.text("sort").orElse(null);
        PortfolioSort sort = PortfolioSort.parse(rawSort)
                .orElseThrow(() -> new InvalidParameter("sort", "connected-councils.macro.error.value", rawSort));
        int size = p.number("pageSize", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT);
        return new PortfolioQuery(council, area, rag, model, sort, new PageRequest(0, size));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
