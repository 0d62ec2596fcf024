package org.connectedcouncils.workinggroup.rest;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.service.GroupRecords;

/** A group's history over REST, newest first, a page at a time. */
@Path("working-groups/{key}/history")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class GroupHistoryResource {

    private final GroupRecords records;
    private final CouncilDirectory councils;

    @Inject
    public GroupHistoryResource(GroupRecords records, CouncilDirectory councils) {
        this.records = records;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<GroupHistoryJson> history(@PathParam("key") String key, @Context UriInfo uri) {
        Page<GroupHistoryEntry> page = records.history(WgJson.key(key),
                QueryParams.pageOnly(uri.getQueryParameters()));
        return WgJson.named(councils, page, GroupHistoryEntry::council, GroupHistoryJson::of, uri);
    }
}
