package org.connectedcouncils.register.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;

/**
 * {@code cc-register}: the register as a table. The server renders the first page (so it reads without script and
 * in exports); on screen the script adds filters, search, sorting and paging through the REST API.
 */
public final class RegisterTableMacro extends BlockMacro<RegisterTableRequest> {

    static final String TABLE = "templates/register/table.vm";
    static final String EMPTY = "templates/register/table-empty.vm";
    static final String STATIC_TABLE = "templates/register/table-static.vm";

    private final RegisterQueries queries;

    public RegisterTableMacro(RegisterQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    @Override
    protected RegisterTableRequest request(MacroParameters parameters, ConversionContext context) {
        return RegisterTableRequest.parse(parameters);
    }

    @Override
    protected String render(RegisterTableRequest request, OutputMode mode) throws MacroExecutionException {
        RegisterTable table = queries.table(request.query(mode), mode.isInteractive());
        request.checkFilters(table.serviceAreas(), table.councils());
        RegisterTableView view = RegisterTableView.of(elementId("cc-register"), request, table, mode,
                output.solutionPages(mode), new RegisterText(output.text()),
                mode.isInteractive() && queries.mayCreate(null), table.like());
        boolean empty = table.page().items().isEmpty();
        if (!mode.isInteractive()) {
            return empty ? output.message(view.empty()) : output.render(STATIC_TABLE, view, mode);
        }
        return output.render(empty ? EMPTY : TABLE, view, mode);
    }
}
