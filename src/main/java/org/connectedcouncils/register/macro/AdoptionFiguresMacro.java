package org.connectedcouncils.register.macro;

import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.RegisterQueries.RegisterFigures;

/**
 * {@code cc-adoption-figures}: totals for a filter of published entries, as tables and server-drawn SVG bar charts
 * (the same markup on screen and in exports, with no script).
 */
public final class AdoptionFiguresMacro implements Macro {

    static final String FIGURES = "templates/register/figures.vm";

    private final RegisterQueries queries;
    private final MacroOutput output;

    public AdoptionFiguresMacro(RegisterQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            RegisterTableRequest request = RegisterTableRequest.parse(filtersOnly(parameters));
            SolutionQuery query = request.query(mode);
            RegisterFigures figures = queries.figures(query);
            if (request.serviceArea() != null && figures.serviceAreas().stream().map(ServiceArea::code)
                    .noneMatch(request.serviceArea()::equals)) {
                throw new InvalidParameter("serviceArea", MacroParameters.BAD_VALUE, request.serviceArea());
            }
            if (request.council() != null && !figures.councils().containsKey(request.council())) {
                throw new InvalidParameter("council", MacroParameters.UNKNOWN_COUNCIL, request.council().value());
            }
            AdoptionFiguresView view = AdoptionFiguresView.of("cc-figures-" + UUID.randomUUID(), figures,
                    output.text());
            return output.render(FIGURES, view, mode);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    /** The figures macro takes the register's filter parameters; columns, sort and page size do not apply. */
    private static Map<String, String> filtersOnly(Map<String, String> parameters) {
        Map<String, String> filters = new java.util.HashMap<>(parameters == null ? Map.of() : parameters);
        filters.keySet().retainAll(java.util.Set.of("phase", "serviceArea", "council", "kind", "offer"));
        return filters;
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
