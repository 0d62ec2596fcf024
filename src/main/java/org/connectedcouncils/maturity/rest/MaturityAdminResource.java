package org.connectedcouncils.maturity.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.maturity.service.Maturity;

/** Admins reword a level of the maturity model for one service area (WebSudo, JSON only). */
@WebSudoRequired
@Path("admin/maturity")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class MaturityAdminResource {

    private final Maturity maturity;
    private final Messages messages;

    @Inject
    public MaturityAdminResource(Maturity maturity, Messages messages) {
        this.maturity = maturity;
        this.messages = messages;
    }

    @PUT
    @Path("levels/{area}/{level}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 413, 415})
    public LevelJson reword(@PathParam("area") String area, @PathParam("level") String level, WordingInput input) {
        if (level == null || !level.matches("[1-5]")) {
            throw new NotFound(String.valueOf(level));
        }
        WordingInput given = JsonFormats.present(input);
        return LevelJson.of(maturity.reword(area, Integer.parseInt(level), given.wording(), given.wordingCy()),
                messages);
    }
}
