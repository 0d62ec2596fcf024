package org.connectedcouncils.council.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilsLike;
import org.connectedcouncils.council.service.CouncilDirectory;

/** The council directory over REST: a searchable, paged list (each council's profile is the profile feature's). */
@Path("councils")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CouncilResource {

    /** The parameter naming a council: only councils of its type (and, with {@code sameNation=true}, nation). */
    private static final String LIKE = "like";

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
        CouncilCode like = params.council(LIKE);
        boolean sameNation = params.flag("sameNation");
        PageRequest request = params.page();
        params.check();
        CouncilsLike group = like == null ? null : CouncilsLike.of(councils.find(like).orElseThrow(
                () -> new ValidationException(List.of(FieldError.of(LIKE, FieldChecks.UNKNOWN_COUNCIL, like.value())))),
                sameNation);
        Page<Council> page = councils.list(text, group, request);
        return PageJson.of(page, c -> CouncilJson.of(c, uri), uri);
    }

}
