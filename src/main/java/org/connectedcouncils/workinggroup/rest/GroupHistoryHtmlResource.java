package org.connectedcouncils.workinggroup.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.macro.HistoryFragment;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * A page of a group's history as HTML ({@code ?start=}), rendered with the group page's own template and escaping:
 * the page's older / newer buttons swap it in.
 */
@Path("working-groups/{key}/history.html")
@LicensedOnly
public class GroupHistoryHtmlResource {

    private final WorkingGroupQueries queries;
    private final MacroOutput output;

    @Inject
    public GroupHistoryHtmlResource(WorkingGroupQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + "; charset=utf-8")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public String history(@PathParam("key") String key, @Context UriInfo uri) throws MacroExecutionException {
        WorkingGroupKey group = WgJson.key(key);
        PageRequest page = QueryParams.pageOnly(uri.getQueryParameters());
        return output.fragment(HistoryFragment.TEMPLATE, HistoryFragment.of(queries, group.toString(),
                queries.history(group, page.start()), output.text()));
    }
}
