package org.connectedcouncils.notify.rest;

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
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.FieldChecks;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.notify.service.Watching;

/** The signed-in person's watches over REST: what they watch, whether they watch one thing, watch or stop. */
@Path("watches")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WatchResource {

    private final Watching watching;

    @Inject
    public WatchResource(Watching watching) {
        this.watching = watching;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<WatchJson> list(@Context UriInfo uri) {
        Page<Watch> page = watching.watches(QueryParams.pageOnly(uri.getQueryParameters()));
        return PageJson.of(page, w -> new WatchJson(w.target().type().code(), w.target().key(), true,
                JsonFormats.instant(w.since())), uri);
    }

    @GET
    @Path("{type}/{key}")
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public WatchJson get(@PathParam("type") String type, @PathParam("key") String key) {
        WatchTarget target = Watching.canonical(type(type), key);
        boolean on = !watching.watched(List.of(target)).isEmpty();
        return new WatchJson(target.type().code(), target.key(), on, null);
    }

    @PUT
    @Path("{type}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404, 409, 413, 415})
    public WatchJson put(@PathParam("type") String type, @PathParam("key") String key, WatchInput input) {
        WatchInput body = JsonFormats.present(input);
        if (body.watching() == null) {
            throw ValidationException.of(FieldError.of("watching", FieldChecks.REQUIRED));
        }
        WatchTarget.Type kind = type(type);
        if (body.watching()) {
            WatchTarget target = watching.watch(kind, key);
            return new WatchJson(target.type().code(), target.key(), true, null);
        }
        watching.unwatch(kind, key);
        WatchTarget target = Watching.canonical(kind, key);
        return new WatchJson(target.type().code(), target.key(), false, null);
    }

    /** An unknown type names nothing: 404, like a thing that does not exist. */
    private static WatchTarget.Type type(String raw) {
        return Coded.fromCode(WatchTarget.Type.class, raw).orElseThrow(() -> new NotFound(String.valueOf(raw)));
    }
}
