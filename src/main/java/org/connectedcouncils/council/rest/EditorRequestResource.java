package org.connectedcouncils.council.rest;

import java.net.URI;

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
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.service.EditorRequests;

/**
 * Requests for editor rights for a council: a signed-in person asks, sees their latest request; the council's
 * editors and admins list the pending ones and approve or refuse them (permission checks in the service).
 */
@Path("councils/{code}/editor-requests")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class EditorRequestResource {

    private final EditorRequests requests;

    @Inject
    public EditorRequestResource(EditorRequests requests) {
        this.requests = requests;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404})
    public PageJson<EditorRequestJson> pending(@PathParam("code") String code, @Context UriInfo uri) {
        Page<EditorRequest> page = requests.pending(PathParams.council(code), QueryParams.pageOnly(uri.getQueryParameters()));
        return PageJson.of(page, EditorRequestJson::of, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 404, 409, 413, 415})
    public Response request(@PathParam("code") String code, EditorRequestInput input, @Context UriInfo uri) {
        EditorRequest made = requests.request(PathParams.council(code), JsonFormats.present(input).reason());
        URI location = uri.getBaseUriBuilder().path("councils").path(made.council().value())
                .path("editor-requests").path("mine").build();
        return Response.created(location).entity(EditorRequestJson.of(made)).build();
    }

    @GET
    @Path("mine")
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public EditorRequestJson mine(@PathParam("code") String code) {
        return EditorRequestJson.of(requests.mine(PathParams.council(code)));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public EditorRequestJson approve(@PathParam("code") String code, @PathParam("id") String id) {
        return EditorRequestJson.of(requests.approve(PathParams.council(code), id(id)));
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public EditorRequestJson refuse(@PathParam("code") String code, @PathParam("id") String id,
            EditorRequestInput input) {
        return EditorRequestJson.of(requests.refuse(PathParams.council(code), id(id), JsonFormats.present(input).reason()));
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound(String.valueOf(raw));
        }
    }
}
