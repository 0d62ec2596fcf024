package org.connectedcouncils.register.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;

import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.common.rest.WebSudoRequired;
import org.connectedcouncils.register.service.ContactReassignment;

/**
 * Administrators hand a person's entries to a new key contact (someone left): up to
 * {@value ContactReassignment#BATCH} entries a call, JSON only (XSRF), WebSudo; the answer says how many remain.
 */
@WebSudoRequired
@Path("admin/contacts")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AdminContactResource {

    private final ContactReassignment contacts;

    @Inject
    public AdminContactResource(ContactReassignment contacts) {
        this.contacts = contacts;
    }

    @POST
    @Path("reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    @ResponseStatuses({200, 400, 401, 403, 409, 413, 415})
    public ContactReassignJson reassign(ContactReassignInput input) {
        ContactReassignInput body = JsonFormats.present(input);
        return ContactReassignJson.of(contacts.reassign(body.from(), body.to()));
    }
}
