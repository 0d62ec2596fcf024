package org.connectedcouncils.workinggroup.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.io.CharterCsv;
import org.connectedcouncils.workinggroup.service.GroupRecords;

/**
 * A group's charter over REST: what each member council commits, recorded by its editors or the lead's, and marked
 * met or at risk by the lead. Rules and permission checks are the service's. Writes take JSON only (XSRF).
 */
@Path("working-groups/{key}/charter")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GroupCharterResource {

    private final GroupRecords records;
    private final CouncilDirectory councils;

    @Inject
    public GroupCharterResource(GroupRecords records, CouncilDirectory councils) {
        this.records = records;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<CommitmentJson> charter(@PathParam("key") String key, @Context UriInfo uri) {
        Page<Commitment> page = records.charter(WgJson.key(key), QueryParams.pageOnly(uri.getQueryParameters()));
        return WgJson.named(councils, page, Commitment::council, CommitmentJson::of, uri);
    }

    /**
     * The whole charter as a CSV download, for the same readers as the JSON (the service bounds its length).
     */
    @GET
    @Path("export")
    @Produces(Downloads.CSV + Downloads.UTF8)
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public Response export(@PathParam("key") String key) {
        WorkingGroupKey group = WgJson.key(key);
        List<Commitment> all = records.wholeCharter(group);
        String csv = CharterCsv.of(all, WgJson.names(councils, all.stream().map(Commitment::council).toList()));
        return Downloads.attachment(csv, Downloads.CSV + Downloads.UTF8, group + "-charter.csv");
    }

    @PUT
    @Path("{councilCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 415})
    public CommitmentJson commit(@PathParam("key") String key, @PathParam("councilCode") String council,
            CommitmentInput input) {
        WorkingGroupKey group = WgJson.key(key);
        CommitmentInput body = JsonFormats.present(input);
        return json(records.commit(group, PathParams.council(council), body.terms()));
    }

    @PUT
    @Path("{councilCode}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 415})
    public CommitmentJson mark(@PathParam("key") String key, @PathParam("councilCode") String council,
            ProgressInput input) {
        WorkingGroupKey group = WgJson.key(key);
        ProgressInput body = JsonFormats.present(input);
        CommitmentProgress progress = body.progress() == null ? null
                : WgJson.code("progress", body.progress(), CommitmentProgress.class);
        return json(records.mark(group, PathParams.council(council), progress));
    }

    private CommitmentJson json(Commitment c) {
        return CommitmentJson.of(c, WgJson.names(councils, List.of(c.council())));
    }
}
