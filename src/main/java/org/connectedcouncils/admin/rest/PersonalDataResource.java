package org.connectedcouncils.admin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.admin.service.PersonalDataErasure;
import org.connectedcouncils.common.rest.ResponseStatuses;

/**
 * An admin's erasure of one person's user key from the app's data (Confluence offers apps no anonymisation hook).
 * Confluence admins only, like the other admin calls: REST v2 {@link AdminOnly} and again in the service; JSON only.
 */
@WebSudoRequired
@Path("admin/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class PersonalDataResource {

    private final PersonalDataErasure erasure;

    @Inject
    public PersonalDataResource(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    @POST
    @Path("anonymise")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public AnonymisedJson anonymise(AnonymiseInput input) {
        PersonalDataErasure.Erasure done = erasure.anonymise(AdminInputs.present(input).userKey());
        return new AnonymisedJson(done.marker(), done.rewritten(), done.total());
    }
}
