package org.connectedcouncils.register.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.register.service.CouncilTakeOver;

/**
 * The successor of an ended council takes its entries over: up to {@value CouncilTakeOver#BATCH} a call, JSON only
 * (XSRF); the answer says how many still wait. Who may is checked in the service (the successor's editors, admins).
 */
@Path("councils/{code}/take-over")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CouncilTakeOverResource {

    private final CouncilTakeOver takeOver;

    @Inject
    public CouncilTakeOverResource(CouncilTakeOver takeOver) {
        this.takeOver = takeOver;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public CouncilTakeOverJson takeOver(@PathParam("code") String code) {
        CouncilCode successor = PathParams.council(code);
        return CouncilTakeOverJson.of(takeOver.takeOver(successor));
    }
}
