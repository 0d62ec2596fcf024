package org.connectedcouncils.register.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.io.PubliccodeExport;
import org.connectedcouncils.register.io.PubliccodeImport;
import org.connectedcouncils.register.io.PubliccodeImportOptions;
import org.connectedcouncils.register.io.PubliccodeImportResult;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * publiccode.yml over REST: import one file into a new or an existing entry, export one entry, export a filtered
 * set as a zip. The file is taken as {@code application/yaml} (or its older alias {@code application/x-yaml}) only:
 * neither is a type a cross-site form or a no-preflight fetch can send, so, like JSON, it keeps XSRF out; text,
 * form and multipart bodies answer 415.
 */
@Path("solutions")
@LicensedOnly
public class PubliccodeResource {

    private final PubliccodeImport imports;
    private final PubliccodeExport exports;
    private final CouncilDirectory councils;
    private final SolutionRegister register;
    private final Messages messages;

    @Inject
    public PubliccodeResource(PubliccodeImport imports, PubliccodeExport exports, CouncilDirectory councils,
            SolutionRegister register, Messages messages) {
        this.imports = imports;
        this.exports = exports;
        this.councils = councils;
        this.register = register;
        this.messages = messages;
    }

    /**
     * Imports the body: a new draft (owned by {@code ownerCouncil} in {@code serviceArea}s, with {@code keyContact}),
     * or with {@code key} (and optionally the {@code version} the caller read) an update of that entry;
     * {@code dryRun=true} checks everything and writes nothing; {@code lang} picks the description.
     */
    @POST
    @Path("import/publiccode")
    @Consumes({Downloads.YAML, Downloads.X_YAML})
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 201, 400, 401, 403, 404, 409, 413, 415})
    public Response importFile(InputStream file, @Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        SolutionKey key = ImportParams.key(params, "key");
        Integer version = params.number("version");
        boolean dryRun = ImportParams.flag(params, "dryRun");
        String language = params.text("lang");
        CouncilCode owner = params.council("ownerCouncil");
        Set<String> serviceAreas = ImportParams.codes(params, "serviceArea");
        String keyContact = params.text("keyContact");
        params.check();

        PubliccodeImportResult result = imports.importFile(file, new PubliccodeImportOptions(key, version, dryRun,
                language, owner, new TreeSet<>(serviceAreas), keyContact));
        if (!result.accepted()) {
            return ImportErrors.response(result.errors(), messages);
        }
        SolutionJson stored = result.solution() == null ? null : full(result.solution(), uri);
        PubliccodeImportJson body = new PubliccodeImportJson(dryRun, stored, SolutionInput.of(result.content()),
                result.usedBy(),
                ImportErrors.entries(result.warnings(), messages));
        if (dryRun || key != null) {
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        URI location = uri.getBaseUriBuilder().path("solutions").path(result.solution().key().toString()).build();
        return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The entry as a publiccode.yml 0.7 file; 400 names the keys an entry lacks to be one. */
    @GET
    @Path("{key}/publiccode.yml")
    @Produces(Downloads.YAML)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public Response exportOne(@PathParam("key") String key, @Context UriInfo uri) {
        SolutionKey solution = SolutionKey.parse(key).orElseThrow(() -> new NotFound(String.valueOf(key)));
        QueryParams params = new QueryParams(uri.getQueryParameters());
        String language = params.text("lang");
        params.check();
        String yaml = exports.export(solution, language);
        return Downloads.attachment(yaml, Downloads.YAML + Downloads.UTF8, solution + "-publiccode.yml");
    }

    /**
     * Every entry the list filters match and the user may see, one {@code CC-n.yml} each, streamed as a zip; entries
     * that cannot be valid files are listed in {@value PubliccodeExport#SKIPPED_MEMBER}.
     */
    @GET
    @Path("publiccode.zip")
    @Produces(Downloads.ZIP)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public Response exportZip(@Context UriInfo uri) {
        SolutionQuery query = SolutionQueryParams.parse(uri.getQueryParameters());
        QueryParams params = new QueryParams(uri.getQueryParameters());
        String language = params.text("lang");
        params.check();
        StreamingOutput zip = out -> exports.exportZip(query, language, out);
        return Downloads.attachment(zip, Downloads.ZIP, "publiccode.zip");
    }

    private SolutionJson full(Solution solution, UriInfo uri) {
        CouncilCode owner = solution.content().ownerCouncil();
        Map<CouncilCode, Council> names = owner == null ? Map.of() : councils.findAll(Set.of(owner));
        return SolutionJson.of(solution, register.confirmationRule(), names, uri);
    }
}
