package org.connectedcouncils.admin.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.admin.service.SyncHostsSetting;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.WebSudoRequired;

/**
 * The hosts an administrator allows the publiccode.yml sync to reach although they resolve to an internal address.
 * Confluence admins only, WebSudo, JSON writes (XSRF).
 */
@WebSudoRequired
@Path("admin/publiccode-sync/hosts")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class SyncHostsResource {

    private final SyncHostsSetting hosts;

    @Inject
    public SyncHostsResource(SyncHostsSetting hosts) {
        this.hosts = hosts;
    }

    @GET
    @AdminOnly
    @ResponseStatuses({200, 401, 403})
    public SyncHostsJson hosts() {
        return new SyncHostsJson(List.copyOf(hosts.hosts()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 413, 415})
    public SyncHostsJson save(SyncHostsJson input) {
        SyncHostsJson body = JsonFormats.present(input);
        List<String> given = body.hosts() == null ? List.of() : body.hosts();
        return new SyncHostsJson(List.copyOf(hosts.save(given)));
    }
}
