package org.connectedcouncils.admin.rest;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.RoleMapping;
import org.connectedcouncils.council.rest.CouncilJson;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.rest.ServiceAreaJson;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.TextSearch;
import org.connectedcouncils.admin.service.Administration;

/**
 * What the admin page drives: settings, role mappings, the council list and the service-area taxonomy. Confluence
 * admins only (REST v2 {@link AdminOnly}, and again in {@link Administration}); writes take JSON only (XSRF).
 */
@WebSudoRequired
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdministrationResource {

    private final Administration administration;

    private final Messages messages;

    @Inject
    public AdministrationResource(Administration administration, Messages messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GET
    @Path("settings")
    @AdminOnly
    @ResponseStatuses({200, 401, 403})
    public SettingsJson settings() {
        return SettingsJson.of(administration.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public SettingsJson saveSettings(SettingsJson input) {
        return SettingsJson.of(administration.saveSettings(AdminInputs.present(input).toSettings(
                administration.settings())));
    }

    @GET
    @Path("mappings")
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403})
    public PageJson<RoleMappingJson> mappings(@Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<RoleMapping> page = administration.mappings(request);
        return PageJson.of(page, RoleMappingJson::of, uri);
    }

    @POST
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public RoleMappingJson addMapping(RoleMappingJson input) {
        return RoleMappingJson.of(administration.addMapping(AdminInputs.present(input).toMapping()));
    }

    /** Removes a mapping named by its body (a POST: mappings have no identifier of their own for a URL). */
    @POST
    @Path("mappings/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({204, 400, 401, 403, 404, 413, 415})
    public Response removeMapping(RoleMappingJson input) {
        administration.removeMapping(AdminInputs.present(input).toMapping());
        return Response.noContent().build();
    }

    @GET
    @Path("councils")
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403})
    public PageJson<CouncilJson> councils(@Context UriInfo uri) {
        TextSearch search = TextSearch.of(uri.getQueryParameters());
        Page<Council> page = administration.councils(search.text(), search.page());
        return PageJson.of(page, c -> council(c, uri), uri);
    }

    @PUT
    @Path("councils/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public CouncilJson saveCouncil(@PathParam("code") String code, CouncilInput input, @Context UriInfo uri) {
        return council(administration.saveCouncil(AdminInputs.present(input).toCouncil(code)), uri);
    }

    @GET
    @Path("service-areas")
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403})
    public PageJson<ServiceAreaJson> serviceAreas(@Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<ServiceArea> page = Page.of(ServiceArea.inOrderFor(administration.serviceAreas(), welsh()), request);
        return PageJson.of(page, this::serviceArea, uri);
    }

    @PUT
    @Path("service-areas/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public ServiceAreaJson saveServiceArea(@PathParam("code") String code, ServiceAreaInput input) {
        return serviceArea(administration.saveServiceArea(AdminInputs.present(input).toServiceArea(code)));
    }

    @POST
    @Path("service-areas/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public MergeJson merge(MergeInput input) {
        MergeInput body = AdminInputs.present(input);
        int moved = administration.mergeServiceAreas(body.from(), body.into());
        return new MergeJson(body.from(), body.into(), moved);
    }

    private static CouncilJson council(Council c, UriInfo uri) {
        return CouncilJson.of(c, uri);
    }

    private ServiceAreaJson serviceArea(ServiceArea area) {
        return ServiceAreaJson.of(area, welsh());
    }

    /** Whether the request reads Welsh: areas then list by their Welsh names, in Welsh order. */
    private boolean welsh() {
        return new DisplayText(messages).welsh();
    }
}
