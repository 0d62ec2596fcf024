package org.connectedcouncils.register.rest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.macro.RegisterPageView;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.macro.RegisterTableRequest;
import org.connectedcouncils.register.service.RegisterQueries;

/**
 * A page of the register table as HTML rows: {@code GET /solutions.html} takes the filters, sort, paging and
 * permissions of {@code GET /solutions} and the table's {@code columns}, and renders the rows with the template the
 * {@code cc-register} macro renders its first page with (escaped the same way), so every page looks alike.
 */
@Path("solutions.html")
@LicensedOnly
public class RegisterRowsResource {

    private static final String ALLOWED_COLUMNS = Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::inTable).map(RegisterColumn::code)
            .collect(Collectors.joining(", "));

    private final RegisterQueries queries;
    private final MacroOutput output;

    @Inject
    public RegisterRowsResource(RegisterQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + Downloads.UTF8)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public String rows(@Context UriInfo uri) throws MacroExecutionException {
        SolutionQuery query = SolutionQueryParams.parse(uri.getQueryParameters());
        QueryParams params = new QueryParams(uri.getQueryParameters());
        List<RegisterColumn> columns = ColumnsParam.read(params, RegisterColumn::tableColumn, ALLOWED_COLUMNS,
                RegisterTableRequest.DEFAULT_COLUMNS);
        params.check();
        RegisterPageView view = RegisterPageView.of(columns, queries.table(query),
                output.solutionPages(OutputMode.INTERACTIVE), new RegisterText(output.text()));
        return output.fragment(RegisterPageView.TEMPLATE, view);
    }
}
