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
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.TextSearch;

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
        TextSearch search = TextSearch.of(uri.getQueryParameters());
        Page<Council> page = councils.list(search.text(), search.page());
        return PageJson.of(page, c -> CouncilJson.of(c, uri), Links.paging(uri, page));
    }

}
