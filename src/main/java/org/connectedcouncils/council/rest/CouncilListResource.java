package org.connectedcouncils.council.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.council.service.CouncilListUpdate;

/**
 * "Update the council list" over REST: what the bundled list would change, and applying it (admins, WebSudo; the
 * apply takes JSON naming the version reviewed, so a form post or a stale review cannot apply it).
 */
@WebSudoRequired
@Path("admin/council-list")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class CouncilListResource {

    static final String ATTRIBUTION = "connected-councils.council.list.attribution";

    private final CouncilListUpdate update;
    private final Messages messages;

    @Inject
    public CouncilListResource(CouncilListUpdate update, Messages messages) {
        this.update = update;
        this.messages = messages;
    }

    @GET
    @AdminOnly
    @ResponseStatuses({200, 401, 403})
    public CouncilListChangesJson changes() {
        return CouncilListChangesJson.of(update.changes(), messages.text(ATTRIBUTION));
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 409, 413, 415})
    public CouncilListChangesJson apply(CouncilListVersionJson input) {
        if (input == null || input.version() == null || input.version().isBlank()) {
            throw new ValidationException(java.util.List.of(FieldError.of("version",
                    "connected-councils.error.required")));
        }
        return CouncilListChangesJson.of(update.apply(input.version()), messages.text(ATTRIBUTION));
    }
}
