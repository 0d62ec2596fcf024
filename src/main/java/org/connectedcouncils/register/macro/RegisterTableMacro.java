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
import org.connectedcouncils.register.service.RegisterQueries;
import org.connectedcouncils.register.service.RegisterQueries.RegisterTable;

/**
 * {@code cc-register}: the register as a table. The server renders the first page (so it reads without script and
 * in exports); on screen the script adds filters, search, sorting and paging through the REST API.
 */
public final class RegisterTableMacro implements Macro {

    static final String TABLE = "templates/register/table.vm";
    static final String EMPTY = "templates/register/table-empty.vm";
    static final String STATIC_TABLE = "templates/register/table-static.vm";

    private final RegisterQueries queries;
    private final MacroOutput output;

    public RegisterTableMacro(RegisterQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            RegisterTableRequest request = RegisterTableRequest.parse(parameters);
            RegisterTable table = queries.table(request.query(mode));
            checkFilters(request, table);
            RegisterTableView view = RegisterTableView.of("cc-register-" + UUID.randomUUID(), request, table, mode,
                    output.solutionPages(mode), output.text());
            if (!mode.isInteractive()) {
                return table.page().items().isEmpty() ? output.message(view.empty())
                        : output.render(STATIC_TABLE, view, mode);
            }
            return output.render(table.page().items().isEmpty() ? EMPTY : TABLE, view, mode);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    /** A service area or council the directory does not know is a mistake in the macro, not an empty register. */
    private static void checkFilters(RegisterTableRequest request, RegisterTable table) {
        if (request.serviceArea() != null && table.serviceAreas().stream().map(ServiceArea::code)
                .noneMatch(request.serviceArea()::equals)) {
            throw new InvalidParameter("serviceArea", MacroParameters.BAD_VALUE, request.serviceArea());
        }
        if (request.council() != null && !table.councils().containsKey(request.council())) {
            throw new InvalidParameter("council", MacroParameters.UNKNOWN_COUNCIL, request.council().value());
        }
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
