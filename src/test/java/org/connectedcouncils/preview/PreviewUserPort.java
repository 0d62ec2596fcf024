package org.connectedcouncils.preview;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.connectedcouncils.testing.DemoPeople;
import org.connectedcouncils.testing.DemoUsers;

/**
 * The preview's user port, as Confluence's user management would act on it: deactivates a demo user, who from then
 * on is no one to notify and no active key contact (the contact-handover job asks the owners to name another).
 */
@Path("/")
public final class PreviewUserPort {

    private final DemoPeople people;

    PreviewUserPort(DemoPeople people) {
        this.people = people;
    }

    /** {@code POST /preview/users/{id}/deactivate}: 204, or 404 for an id that is no demo user. */
    @POST
    @Path("preview/users/{id}/deactivate")
    public Response deactivate(@PathParam("id") String id) {
        if (DemoUsers.actor(id).isAnonymous()) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        people.deactivate(id);
        return Response.noContent().build();
    }
}
