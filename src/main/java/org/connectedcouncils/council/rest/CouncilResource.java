package org.connectedcouncils.council.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/** The council directory over REST: a searchable, paged list (each council's profile is the profile feature's). */
@Path("councils")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CouncilResource {

    private final CouncilDirectory councils;

    @Inject
    public CouncilResource(CouncilDirectory councils) {
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<CouncilJson> list(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        String text = params.text("q");
        PageRequest request = params.page();
        params.check();
        Page<Council> page = councils.list(text, request);
        return PageJson.of(page, c -> CouncilJson.of(c, uri), Links.paging(uri, page));
    }

}
