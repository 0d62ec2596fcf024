package org.connectedcouncils.workinggroup.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.service.StatusReports;

/** Status reports of a register entry ("report once"), written by its editors, newest first. */
@Path("solutions/{key}/reports")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SolutionReportResource {

    private final StatusReports reports;

    @Inject
    public SolutionReportResource(StatusReports reports) {
        this.reports = reports;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<StatusReportJson> reports(@PathParam("key") String key, @Context UriInfo uri) {
        ReportSubject subject = subject(key);
        Page<StatusReport> page = reports.reports(subject, WorkingGroupResource.page(uri));
        return PageJson.of(page, StatusReportJson::of, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 413, 415})
    public Response report(@PathParam("key") String key, StatusReportInput input, @Context UriInfo uri) {
        return WorkingGroupResource.reported(reports, subject(key), input, uri);
    }

    private static ReportSubject subject(String raw) {
        return ReportSubject.of(SolutionKey.parse(raw).orElseThrow(() -> new NotFound(String.valueOf(raw))));
    }
}
