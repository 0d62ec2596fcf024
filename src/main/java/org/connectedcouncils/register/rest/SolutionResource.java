package org.connectedcouncils.register.rest;

import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.Adoption;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.SimilarEntry;
import org.connectedcouncils.register.domain.SimilarityQuery;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.domain.SolutionList;
import org.connectedcouncils.register.domain.SolutionValidator;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * The solutions register over REST: list, read, write, lifecycle actions, adoptions and history. Permission checks
 * are the register's; this class translates JSON and maps outcomes. Writes take JSON only (XSRF).
 */
@Path("solutions")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SolutionResource {

    private final SolutionRegister register;
    private final CouncilDirectory councils;

    @Inject
    public SolutionResource(SolutionRegister register, CouncilDirectory councils) {
        this.register = register;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public SolutionListJson list(@Context UriInfo uri) {
        SolutionList list = register.list(SolutionQueryParams.parse(uri.getQueryParameters()));
        Page<Solution> page = list.page();
        Map<CouncilCode, Council> names = ownerNames(page.items());
        ConfirmationRule confirmation = register.confirmationRule();
        List<SolutionSummaryJson> results = page.items().stream()
                .map(s -> SolutionSummaryJson.of(s, confirmation, names, uri)).toList();
        return new SolutionListJson(results, page.start(), page.limit(), results.size(), page.total(),
                list.facets().counts(), Links.paging(uri, page));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 413, 415})
    public Response create(SolutionInput input, @Context UriInfo uri) {
        Solution created = register.create(JsonFormats.present(input).toContent());
        URI location = uri.getBaseUriBuilder().path("solutions").path(created.key().toString()).build();
        return Response.created(location).entity(full(created, uri)).build();
    }

    @GET
    @Path("{key}")
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public SolutionJson get(@PathParam("key") String key, @Context UriInfo uri) {
        return full(register.get(key(key)), uri);
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public SolutionJson update(@PathParam("key") String key, SolutionInput input, @Context UriInfo uri) {
        SolutionKey solution = key(key);
        SolutionInput body = JsonFormats.present(input);
        return full(register.update(solution, body.requiredVersion(), body.toContent()), uri);
    }

    @POST
    @Path("{key}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 403, 404, 409, 413, 415})
    public SolutionJson publish(@PathParam("key") String key, @Context UriInfo uri) {
        return full(register.publish(key(key)), uri);
    }

    @POST
    @Path("{key}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public SolutionJson retire(@PathParam("key") String key, RetirementJson input, @Context UriInfo uri) {
        SolutionKey solution = key(key);
        return full(register.retire(solution, JsonFormats.present(input).toRetirement()), uri);
    }

    @DELETE
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({204, 401, 403, 404, 409, 413, 415})
    public Response delete(@PathParam("key") String key) {
        register.delete(key(key));
        return Response.noContent().build();
    }

    @GET
    @Path("similar")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public SimilarEntriesJson similar(@Context UriInfo uri) {
        var params = uri.getQueryParameters();
        SimilarityQuery query = new SimilarityQuery(params.getFirst("name"), params.getFirst("summary"),
                blankToNull(params.getFirst("area")), params.getFirst("exclude") == null ? null
                        : SolutionKey.parse(params.getFirst("exclude")).orElseThrow(() -> ValidationException.of(
                                FieldError.of("exclude", SolutionValidator.UNKNOWN_ENTRY,
                                        params.getFirst("exclude")))));
        List<SimilarEntry> found = register.similar(query);
        Map<CouncilCode, Council> names = found.isEmpty() ? Map.of()
                : councils.findAll(found.stream().map(SimilarEntry::ownerCouncil).collect(Collectors.toSet()));
        return new SimilarEntriesJson(found.stream().map(e -> SimilarEntryJson.of(e, names, uri)).toList());
    }

    @POST
    @Path("{key}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 403, 404, 409, 413, 415})
    public SolutionJson confirm(@PathParam("key") String key, @Context UriInfo uri) {
        return full(register.confirmStillCurrent(key(key)), uri);
    }

    @GET
    @Path("{key}/adoptions")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<AdoptionJson> adoptions(@PathParam("key") String key, @Context UriInfo uri) {
        SolutionKey solution = key(key);
        var request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<Adoption> page = register.adoptions(solution, request);
        Map<CouncilCode, Council> names = councils.findAll(page.items().stream().map(Adoption::council).toList());
        return PageJson.of(page, a -> AdoptionJson.of(a, names), uri);
    }

    @PUT
    @Path("{key}/adoptions/{councilCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public AdoptionJson declareAdoption(@PathParam("key") String key, @PathParam("councilCode") String councilCode,
            AdoptionInput input) {
        SolutionKey solution = key(key);
        CouncilCode council = CouncilCode.parse(councilCode).orElseThrow(() -> ValidationException.of(
                FieldError.of("councilCode", FieldChecks.UNKNOWN_COUNCIL, councilCode)));
        Adoption adoption = register.declareAdoption(solution, council,
                JsonFormats.present(input).toDeclaration());
        return AdoptionJson.of(adoption, councils.findAll(List.of(council)));
    }

    @POST
    @Path("{key}/adoptions/{councilCode}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 403, 404, 409, 413, 415})
    public AdoptionJson confirmAdoption(@PathParam("key") String key, @PathParam("councilCode") String councilCode) {
        SolutionKey solution = key(key);
        CouncilCode council = PathParams.council(councilCode);
        Adoption adoption = register.confirmAdoption(solution, council);
        return AdoptionJson.of(adoption, councils.findAll(List.of(council)));
    }

    @POST
    @Path("{key}/adoptions/{councilCode}/reconfirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 403, 404, 409, 413, 415})
    public AdoptionJson reconfirmAdoption(@PathParam("key") String key,
            @PathParam("councilCode") String councilCode) {
        SolutionKey solution = key(key);
        CouncilCode council = PathParams.council(councilCode);
        Adoption adoption = register.reconfirmAdoption(solution, council);
        return AdoptionJson.of(adoption, councils.findAll(List.of(council)));
    }

    @GET
    @Path("{key}/history")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<HistoryEntryJson> history(@PathParam("key") String key, @Context UriInfo uri) {
        SolutionKey solution = key(key);
        var request = QueryParams.pageOnly(uri.getQueryParameters());
        var page = register.history(solution, request);
        return PageJson.of(page, HistoryEntryJson::of, uri);
    }

    private SolutionJson full(Solution solution, UriInfo uri) {
        return SolutionJson.of(solution, register.confirmationRule(), ownerNames(List.of(solution)), uri);
    }

    /** The owner councils of a page of entries, read in one query. */
    private Map<CouncilCode, Council> ownerNames(Collection<Solution> solutions) {
        Set<CouncilCode> codes = new HashSet<>();
        solutions.forEach(s -> codes.add(s.content().ownerCouncil()));
        codes.remove(null);
        return codes.isEmpty() ? Map.of() : councils.findAll(codes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An unreadable key names nothing: 404, like a key that does not exist. */
    private static SolutionKey key(String raw) {
        return SolutionKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
