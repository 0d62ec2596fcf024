package org.connectedcouncils.register.macro;

import java.util.Set;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.RegisterQueries.RegisterFigures;

/**
 * {@code cc-adoption-figures}: totals for a filter of published entries, as tables and server-drawn SVG bar charts
 * (the same markup on screen and in exports, with no script).
 */
public final class AdoptionFiguresMacro extends BlockMacro<RegisterTableRequest> {

    static final String FIGURES = "templates/register/figures.vm";
    /** The figures macro takes the register's filter parameters; columns, sort and page size do not apply. */
    static final Set<String> FILTERS = Set.of("phase", "serviceArea", "council", "kind", "offer");

    private final RegisterQueries queries;

    public AdoptionFiguresMacro(RegisterQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    @Override
    protected RegisterTableRequest request(MacroParameters parameters, ConversionContext context) {
        return RegisterTableRequest.parse(parameters.only(FILTERS));
    }

    @Override
    protected String render(RegisterTableRequest request, OutputMode mode) throws MacroExecutionException {
        RegisterFigures figures = queries.figures(request.query(mode));
        request.checkFilters(figures.serviceAreas(), figures.councils());
        AdoptionFiguresView view = AdoptionFiguresView.of(elementId("cc-figures"), figures,
                new RegisterText(output.text()));
        return output.render(FIGURES, view, mode);
    }
}
