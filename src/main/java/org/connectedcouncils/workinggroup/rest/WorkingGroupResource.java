package org.connectedcouncils.workinggroup.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.Sort;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.Conflict;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupSortField;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.JoinRequest;
import org.connectedcouncils.workinggroup.domain.JoinRequestState;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.domain.WorkingGroupQuery;
import org.connectedcouncils.workinggroup.service.GroupSummary;
import org.connectedcouncils.workinggroup.service.GroupsAndMembers;
import org.connectedcouncils.workinggroup.service.JoinRequests;
import org.connectedcouncils.workinggroup.service.StatusReports;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * Working groups over REST: list, create (also with a project page, for the blueprint wizard), read, update,
 * status, membership, hand-over, join requests and status reports. Permission checks and rules are the service's;
 * this class translates JSON and maps outcomes. Writes take JSON only (XSRF).
 */
@Path("working-groups")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WorkingGroupResource {

    static final String SORT_FIELDS = "name, updated";

    /** The service names this field after its own argument; the API names it after the JSON body. */
    private static final Map<String, String> REPORT_FIELDS = Map.of("reportDate", "date");

    private final WorkingGroups groups;
    private final JoinRequests joins;
    private final StatusReports reports;
    private final CouncilDirectory councils;

    @Inject
    public WorkingGroupResource(WorkingGroups groups, JoinRequests joins, StatusReports reports,
            CouncilDirectory councils) {
        this.groups = groups;
        this.joins = joins;
        this.reports = reports;
        this.councils = councils;
    }

    @GET
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<WorkingGroupJson> list(@Context UriInfo uri) {
        Page<WorkingGroup> page = groups.list(query(new QueryParams(uri.getQueryParameters())));
        return named(page, WorkingGroup::leadCouncil, (g, names) -> WorkingGroupJson.of(g, names, uri), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 413, 415})
    public Response create(WorkingGroupInput input, @Context UriInfo uri) {
        return created(groups.create(JsonFormats.present(input).toNewGroup()), uri);
    }

    @POST
    @Path("project-pages")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 413, 415})
    public Response createWithProjectPage(ProjectPageInput input, @Context UriInfo uri) {
        ProjectPageInput body = JsonFormats.present(input);
        return created(groups.createWithProjectPage(body.toNewGroup(), body.spaceKey()), uri);
    }

    @GET
    @Path("{key}")
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public WorkingGroupSummaryJson get(@PathParam("key") String key, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        GroupSummary summary = groups.summary(group, PageRequest.FIRST);
        List<CouncilCode> codes = new ArrayList<>();
        codes.add(summary.group().leadCouncil());
        summary.members().items().forEach(m -> codes.add(m.council()));
        Map<CouncilCode, Council> names = names(codes);
        Page<Membership> members = summary.members();
        Map<String, String> memberLinks = Links.paging(uri, members);
        memberLinks.put("self", Links.to(uri, "working-groups/" + group + "/members"));
        if (members.hasNext()) {
            memberLinks.put("next", Links.to(uri, "working-groups/" + group + "/members?start=" + members.limit()
                    + "&limit=" + members.limit()));
        }
        return new WorkingGroupSummaryJson(WorkingGroupJson.of(summary.group(), names, uri),
                PageJson.of(members, m -> MembershipJson.of(m, names), memberLinks),
                StatusReportJson.of(summary.latestReport().orElse(null)), GroupAccessJson.of(summary.access()));
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public WorkingGroupJson update(@PathParam("key") String key, WorkingGroupInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        WorkingGroupInput body = JsonFormats.present(input);
        return full(groups.update(group, body.requiredVersion(), body.toDetails()), uri);
    }

    /** Gives a group without a project page (one made through REST, say) its page, linked both ways. */
    @POST
    @Path("{key}/project-page")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public WorkingGroupJson createProjectPage(@PathParam("key") String key, SpaceInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        return full(groups.createProjectPage(group, JsonFormats.present(input).spaceKey()), uri);
    }

    @POST
    @Path("{key}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public WorkingGroupJson changeStatus(@PathParam("key") String key, StatusInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        return full(groups.changeStatus(group, JsonFormats.present(input).toStatus()), uri);
    }

    @GET
    @Path("{key}/members")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<MembershipJson> members(@PathParam("key") String key, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        return named(groups.members(group, page(uri)), Membership::council, MembershipJson::of, uri);
    }

    /** Adds the council with the role, or switches an existing member's role. */
    @PUT
    @Path("{key}/members/{councilCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public MembershipJson setRole(@PathParam("key") String key, @PathParam("councilCode") String councilCode,
            RoleInput input) {
        WorkingGroupKey group = WgJson.key(key);
        CouncilCode council = pathCouncil(councilCode);
        MemberRole role = JsonFormats.present(input).toRole();
        Membership membership;
        try {
            membership = groups.changeRole(group, council, role);
        } catch (Conflict notYet) {
            if (!GroupsAndMembers.NOT_MEMBER.equals(notYet.reason())) {
                throw notYet;
            }
            membership = groups.addMember(group, council, role);
        }
        return MembershipJson.of(membership, names(List.of(council)));
    }

    /** A council leaves (its editors) or is removed (the lead's editors). */
    @DELETE
    @Path("{key}/members/{councilCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({204, 401, 403, 404, 409, 413, 415})
    public Response removeMember(@PathParam("key") String key, @PathParam("councilCode") String councilCode) {
        WorkingGroupKey group = WgJson.key(key);
        CouncilCode council = PathParams.council(councilCode);
        groups.removeMember(group, council);
        return Response.noContent().build();
    }

    @POST
    @Path("{key}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public WorkingGroupJson handOver(@PathParam("key") String key, HandOverInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        CouncilCode council = JsonFormats.present(input).toCouncil();
        return full(JsonFormats.renaming(WgJson.COUNCIL_FIELD, () -> groups.handOverLead(group, council)), uri);
    }

    @GET
    @Path("{key}/join-requests")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404})
    public PageJson<JoinRequestJson> joinRequests(@PathParam("key") String key, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        var asked = WgJson.StateAndPage.of(uri, JoinRequestState.class);
        return named(joins.joinRequests(group, asked.state(), asked.page()), JoinRequest::council,
                JoinRequestJson::of, uri);
    }

    @POST
    @Path("{key}/join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 409, 413, 415})
    public Response requestToJoin(@PathParam("key") String key, JoinRequestInput input, @Context UriInfo uri) {
        WorkingGroupKey group = WgJson.key(key);
        JoinRequestInput body = JsonFormats.present(input);
        WgJson.CouncilRole asked = WgJson.CouncilRole.of(body.council(), body.role());
        CouncilCode council = asked.council();
        JoinRequest request = JsonFormats.renaming(WgJson.COUNCIL_FIELD, () -> joins.requestToJoin(group, council,
                asked.role(), body.message()));
        URI location = uri.getBaseUriBuilder().path("working-groups").path(group.toString()).path("join-requests")
                .build();
        return Response.created(location).entity(JoinRequestJson.of(request, names(List.of(council)))).build();
    }

    @POST
    @Path("{key}/join-requests/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public JoinRequestJson approve(@PathParam("key") String key, @PathParam("id") String id) {
        WorkingGroupKey group = WgJson.key(key);
        JoinRequest request = joins.approveJoin(group, WgJson.id(id));
        return JoinRequestJson.of(request, names(List.of(request.council())));
    }

    @POST
    @Path("{key}/join-requests/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 413, 415})
    public JoinRequestJson decline(@PathParam("key") String key, @PathParam("id") String id, DeclineInput input) {
        WorkingGroupKey group = WgJson.key(key);
        long requestId = WgJson.id(id);
        JoinRequest request = joins.declineJoin(group, requestId, JsonFormats.present(input).reason());
        return JoinRequestJson.of(request, names(List.of(request.council())));
    }

    @GET
    @Path("{key}/reports")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<StatusReportJson> reports(@PathParam("key") String key, @Context UriInfo uri) {
        ReportSubject subject = ReportSubject.of(WgJson.key(key));
        Page<StatusReport> page = reports.reports(subject, page(uri));
        return PageJson.of(page, StatusReportJson::of, uri);
    }

    @POST
    @Path("{key}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 409, 413, 415})
    public Response report(@PathParam("key") String key, StatusReportInput input, @Context UriInfo uri) {
        return reported(reports, ReportSubject.of(WgJson.key(key)), input, uri);
    }

    /** Writes a report of any subject and answers 201 naming the subject's report list. */
    static Response reported(StatusReports reports, ReportSubject subject, StatusReportInput input, UriInfo uri) {
        var content = JsonFormats.present(input).toContent();
        StatusReport report = JsonFormats.renaming(REPORT_FIELDS, () -> reports.report(subject, content));
        String list = (subject.isGroup() ? "working-groups/" : "solutions/") + subject + "/reports";
        URI location = uri.getBaseUriBuilder().path(list).build();
        return Response.created(location).entity(StatusReportJson.of(report)).build();
    }

    /** {@code start} and {@code limit} of a list, every bad value reported at once. */
    static PageRequest page(UriInfo uri) {
        return QueryParams.pageOnly(uri.getQueryParameters());
    }

    private Response created(WorkingGroup group, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("working-groups").path(group.key().toString()).build();
        return Response.created(location).entity(full(group, uri)).build();
    }

    private WorkingGroupJson full(WorkingGroup group, UriInfo uri) {
        return WorkingGroupJson.of(group, names(List.of(group.leadCouncil())), uri);
    }

    private Map<CouncilCode, Council> names(Collection<CouncilCode> codes) {
        return WgJson.names(councils, codes);
    }

    private <T, J> PageJson<J> named(Page<T> page, Function<T, CouncilCode> council,
            BiFunction<T, Map<CouncilCode, Council>, J> json, UriInfo uri) {
        return WgJson.named(councils, page, council, json, uri);
    }

    private static WorkingGroupQuery query(QueryParams params) {
        CouncilCode council = WgJson.council(params, "council");
        String serviceArea = params.text("serviceArea");
        GroupStatus status = params.code("status", params.text("status"), GroupStatus.class);
        CollaborationModel model = params.code("model", params.text("model"), CollaborationModel.class);
        String spaceKey = params.text("spaceKey");
        Sort<GroupSortField> sort = params.sort(GroupSortField.DEFAULT, SORT_FIELDS);
        PageRequest page = params.page();
        params.check();
        return new WorkingGroupQuery(council, serviceArea, model, status, spaceKey, sort, page);
    }

    /** A council code in the path of a write: unreadable is a bad request naming it. */
    private static CouncilCode pathCouncil(String raw) {
        List<FieldError> errors = new ArrayList<>();
        CouncilCode code = JsonFormats.council(errors, "councilCode", raw);
        JsonFormats.throwIfAny(errors);
        return code;
    }

}
