package org.connectedcouncils.profile.rest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionQuery;
import org.connectedcouncils.register.domain.SolutionSortField;
import org.connectedcouncils.register.rest.SolutionSummaryJson;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;

/** A council's profile over REST: the council, the entries it owns and the entries it adopts, each paged. */
@Path("councils/{code}")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CouncilProfileResource {

    private static final Sort<SolutionSortField> BY_NAME = new Sort<>(SolutionSortField.NAME, false);

    private final CouncilDirectory councils;
    private final SolutionRegister register;

    @Inject
    public CouncilProfileResource(CouncilDirectory councils, SolutionRegister register) {
        this.councils = councils;
        this.register = register;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public CouncilDetailJson get(@PathParam("code") String code, @Context UriInfo uri) {
        CouncilCode councilCode = PathParams.council(code);
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Council council = councils.find(councilCode).orElseThrow(() -> new NotFound(councilCode.value()));
        Page<Solution> owns = register.list(owned(councilCode, request)).page();
        Page<Solution> adopts = register.list(adopted(councilCode, request)).page();
        Set<CouncilCode> owners = new HashSet<>();
        owns.items().forEach(s -> owners.add(s.content().ownerCouncil()));
        adopts.items().forEach(s -> owners.add(s.content().ownerCouncil()));
        Map<CouncilCode, Council> names = councils.findAll(owners);
        ConfirmationRule confirmation = register.confirmationRule();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.to(uri, "councils/" + councilCode.value()));
        links.put("owns", Links.to(uri, "solutions?council=" + councilCode.value()));
        links.put("adopts", Links.to(uri, "solutions?adopter=" + councilCode.value()));
        return new CouncilDetailJson(council.code().value(), council.name(), council.type().code(), council.region(),
                council.retired(), PageJson.of(owns, s -> SolutionSummaryJson.of(s, confirmation, names, uri),
                        Links.paging(uri, owns)),
                PageJson.of(adopts, s -> SolutionSummaryJson.of(s, confirmation, names, uri),
                        Links.paging(uri, adopts)), links);
    }

    /** Entries the council owns, by name. */
    private static SolutionQuery owned(CouncilCode owner, PageRequest page) {
        return SolutionQuery.all().withOwner(owner).sortedBy(BY_NAME).withPage(page);
    }

    /** Entries the council evaluates or uses, by name. */
    private static SolutionQuery adopted(CouncilCode adopter, PageRequest page) {
        return SolutionQuery.all().withAdopter(adopter).sortedBy(BY_NAME).withPage(page);
    }
}
