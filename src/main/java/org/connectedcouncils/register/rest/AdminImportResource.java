package org.connectedcouncils.register.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.io.CsvImport;
import org.connectedcouncils.register.io.CsvImportKind;
import org.connectedcouncils.common.io.CsvImportOptions;
import org.connectedcouncils.common.io.CsvImportResult;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * Administrators' CSV import of {@code councils} or {@code solutions}: the template to fill in, and the import
 * itself, all rows or none ({@code dryRun=true} only checks). The file is taken as {@code text/csv} only: that is
 * not a CORS-safelisted type, so no cross-site form (text/plain, urlencoded, multipart) or no-preflight fetch can
 * send it, which keeps XSRF out as JSON-only writes do; every other type answers 415.
 */
@WebSudoRequired
@Path("admin/import")
@AdminOnly
public class AdminImportResource {

    private final CsvImport imports;
    private final Messages messages;

    @Inject
    public AdminImportResource(CsvImport imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GET
    @Path("{kind}/template.csv")
    @Produces(Downloads.CSV)
    @AdminOnly
    @ResponseStatuses({200, 401, 403, 404})
    public Response template(@PathParam("kind") String kind) {
        CsvImportKind what = kind(kind);
        return Downloads.attachment(imports.template(what), Downloads.CSV + Downloads.UTF8,
                what.code() + "-template.csv");
    }

    /** 200 with the row counts when the file is accepted; 400 with every error and its line when it is not. */
    @POST
    @Path("{kind}")
    @Consumes(Downloads.CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 413, 415})
    public Response importFile(@PathParam("kind") String kind, InputStream file, @Context UriInfo uri) {
        CsvImportKind what = kind(kind);
        CsvImportOptions options = options(uri);

        CsvImportResult result = imports.importFile(what, file, options);
        if (!result.accepted()) {
            return ImportErrors.response(result.errors(), messages);
        }
        return Response.ok(new CsvImportJson(result.dryRun(), result.rows(), result.written()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The same import answered as {@value ImportStream#NDJSON} for a browser to show progress: the request is read
     * and checked before the answer starts, then progress lines and one outcome line are streamed (see
     * {@link CsvImportLines}); a refused file is an {@code errors} line in a 200 answer.
     */
    @POST
    @Path("{kind}")
    @Consumes(Downloads.CSV)
    @Produces(ImportStream.NDJSON + ";qs=0.5")
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 415})
    public Response importFileWithProgress(@PathParam("kind") String kind, InputStream file, @Context UriInfo uri)
            throws IOException {
        CsvImportKind what = kind(kind);
        CsvImportOptions options = options(uri);
        byte[] bytes = file.readNBytes(CsvImport.MAX_BYTES + 1);

        return Response.ok(new ImportStream(imports, messages, what, bytes, options), ImportStream.NDJSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Accel-Buffering", "no")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code dryRun=true} checks only; any other query parameter is refused. */
    private static CsvImportOptions options(UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        boolean dryRun = ImportParams.flag(params, "dryRun");
        params.check();
        return dryRun ? CsvImportOptions.checkOnly() : CsvImportOptions.realRun();
    }

    private static CsvImportKind kind(String raw) {
        return Coded.fromCode(CsvImportKind.class, raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
