package org.connectedcouncils.workinggroup.rest;

import java.net.URI;
import java.util.List;

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

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.InvitationState;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.Invitations;

/**
 * A group's invitations over REST: the lead's editors invite a council (or offer a member the lead), the invited
 * council's editors accept or decline. Rules and permission checks are the service's. Writes take JSON only (XSRF).
 */
@Path("working-groups/{key}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GroupInvitationResource {

    private final Invitations invitations;
    private final CouncilDirectory councils;

    @Inject
    public GroupInvitationResource(Invitations invitations, CouncilDirectory councils) {
        this.invitations = invitations;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404})
    public PageJson<InvitationJson> list(@PathParam("key") String key, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        var asked = WgJson.StateAndPage.of(uri, InvitationState.class);
        return WgJson.named(councils, invitations.invitations(group, asked.state(), asked.page()),
                Invitation::council, InvitationJson::of, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 409, 415})
    public Response invite(@PathParam("key") String key, InvitationInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        InvitationInput body = JsonFormats.present(input);
        WgJson.CouncilRole wanted = WgJson.CouncilRole.of(body.council(), body.role());
        Invitation invitation = JsonFormats.renaming(WgJson.COUNCIL_FIELD, () -> invitations.invite(group,
                wanted.council(), wanted.role()));
        URI location = uri.getBaseUriBuilder().path("working-groups").path(group.toString()).path("invitations")
                .build();
        return Response.created(location).entity(json(invitation)).build();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 415})
    public InvitationJson accept(@PathParam("key") String key, @PathParam("id") String id) {
        return json(invitations.accept(WgJson.key(key), WgJson.id(id)));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 415})
    public InvitationJson decline(@PathParam("key") String key, @PathParam("id") String id, DeclineInput input) {
        WorkingGroupKey group = WgJson.key(key);
        return json(invitations.decline(group, WgJson.id(id), input == null ? null : input.reason()));
    }

    private InvitationJson json(Invitation invitation) {
        return InvitationJson.of(invitation, WgJson.names(councils, List.of(invitation.council())));
    }

}
