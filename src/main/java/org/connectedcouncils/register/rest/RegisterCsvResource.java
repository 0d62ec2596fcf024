package org.connectedcouncils.register.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.RegisterColumn;
import org.connectedcouncils.register.io.RegisterCsvExport;
import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * The register view as a spreadsheet: {@code GET /solutions.csv} takes the filters and sort of
 * {@code GET /solutions} (paging aside: every matching entry the user may see) and {@code columns}, streamed.
 */
@Path("solutions.csv")
@LicensedOnly
public class RegisterCsvResource {

    /** The register table's default columns, as CSV column codes. */
    static final List<RegisterColumn> DEFAULT_COLUMNS = List.of(RegisterColumn.NAME, RegisterColumn.PHASE,
            RegisterColumn.OWNER_COUNCIL, RegisterColumn.SERVICE_AREAS, RegisterColumn.USING);

    private final RegisterCsvExport export;
    private final Messages messages;

    @Inject
    public RegisterCsvResource(RegisterCsvExport export, Messages messages) {
        this.export = export;
        this.messages = messages;
    }

    @GET
    @Produces(Downloads.CSV)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public Response export(@Context UriInfo uri) {
        SolutionQuery query = SolutionQueryParams.parse(uri.getQueryParameters());
        QueryParams params = new QueryParams(uri.getQueryParameters());
        List<RegisterColumn> columns = ColumnsParam.read(params, RegisterColumn::exportColumn,
                RegisterColumn.exportCodes(), DEFAULT_COLUMNS);
        params.check();
        StreamingOutput csv = out -> export.export(query, columns, c -> messages.text(c.labelKey()), out);
        return Downloads.attachment(csv, Downloads.CSV + Downloads.UTF8, "solutions.csv");
    }
}
