package org.connectedcouncils.register.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.io.RepositorySync;

/**
 * An entry's publiccode.yml sync for its owner's editors: name the file's https URL (or stop syncing) and sync now.
 * Both take JSON only, which keeps cross-site forms out (XSRF); the permission checks are the service's.
 */
@Path("solutions/{key}/publiccode-sync")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PubliccodeSyncResource {

    private final RepositorySync sync;
    private final Messages messages;

    @Inject
    public PubliccodeSyncResource(RepositorySync sync, Messages messages) {
        this.sync = sync;
        this.messages = messages;
    }

    /** Names the file's https URL; a blank or null one stops syncing (the answer then has no URL). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 413, 415})
    public PubliccodeSyncJson setUrl(@PathParam("key") String key, PubliccodeSyncInput input) {
        PubliccodeSyncInput body = JsonFormats.present(input);
        return sync.setUrl(key(key), body.url()).map(s -> PubliccodeSyncJson.of(s, messages))
                .orElse(PubliccodeSyncJson.NONE);
    }

    /** Syncs now; a file that fails is answered 200 with result {@code failed} and its problems (nothing changed). */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 401, 403, 404, 409, 413, 415})
    public PubliccodeSyncJson syncNow(@PathParam("key") String key) {
        return PubliccodeSyncJson.of(sync.syncNow(key(key)), messages);
    }

    private static SolutionKey key(String raw) {
        return SolutionKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
