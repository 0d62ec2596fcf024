package org.connectedcouncils.maturity.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal.NotFound;
import org.connectedcouncils.common.i18n.Messages;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.rest.Downloads;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.common.rest.PageJson;
import org.connectedcouncils.common.rest.PathParams;
import org.connectedcouncils.common.rest.QueryParams;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.maturity.domain.Assessment;
import org.connectedcouncils.maturity.domain.CommitmentFilter;
import org.connectedcouncils.maturity.domain.CommitmentKind;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.domain.HeatMapFilter;
import org.connectedcouncils.maturity.domain.MapCouncils;
import org.connectedcouncils.maturity.domain.ImpactFilter;
import org.connectedcouncils.maturity.domain.ImpactGroup;
import org.connectedcouncils.maturity.domain.ImpactGrouping;
import org.connectedcouncils.maturity.domain.Leader;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.maturity.domain.ReviewedAssessment;
import org.connectedcouncils.maturity.io.CommitmentCsvExport;
import org.connectedcouncils.maturity.io.MaturityCsvExport;
import org.connectedcouncils.maturity.service.CouncilCommitments;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.maturity.service.Maturity;

/**
 * The digital council over REST: an area's levels, a council's current and past assessments, recording one,
 * reviewing another council's, the heat map, the impact roll-up, the councils willing to lead and councils'
 * commitments. Rules and permissions are the service's; writes
 * take JSON only.
 */
@Path("maturity")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MaturityResource {

    private static final Map<String, String> INPUT_FIELDS = Map.of("evidence.entries", "entries",
            "evidence.links", "links");

    private final Maturity maturity;
    private final CouncilCommitments commitments;
    private final Messages messages;

    @Inject
    public MaturityResource(Maturity maturity, CouncilCommitments commitments, Messages messages) {
        this.maturity = maturity;
        this.commitments = commitments;
        this.messages = messages;
    }

    @GET
    @Path("levels/{area}")
    @LicensedOnly
    @ResponseStatuses({200, 401, 404})
    public List<LevelJson> levels(@PathParam("area") String area) {
        return maturity.levels(area).stream().map(l -> LevelJson.of(l, messages)).toList();
    }

    @GET
    @Path("heat-map")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public HeatMapJson heatMap(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        CouncilType type = params.code("type", params.text("type"), CouncilType.class);
        Nation nation = params.code("nation", params.text("nation"), Nation.class);
        MapCouncils councils = params.code("councils", params.text("councils"), MapCouncils.class);
        PageRequest page = params.page();
        params.check();
        return HeatMapJson.of(maturity.heatMap(new HeatMapFilter(type, nation, councils), page), welsh());
    }

    @GET
    @Path("impact")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<ImpactGroupJson> impact(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        ImpactGrouping by = params.code("by", params.text("by"), ImpactGrouping.class);
        CouncilCode council = params.council("council");
        String area = params.text("area");
        PageRequest request = params.page();
        params.check();
        boolean welsh = welsh();
        Page<ImpactGroup> page = Page.of(maturity.impact(new ImpactFilter(by, council, area)).groups().stream()
                .sorted(ImpactGroup.byNameFor(welsh)).toList(), request);
        return PageJson.of(page, g -> ImpactGroupJson.of(g, welsh), uri);
    }

    @GET
    @Path("leaders")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public PageJson<LeaderJson> leaders(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        String area = params.text("area");
        CouncilCode council = params.council("council");
        PageRequest request = params.page();
        params.check();
        boolean welsh = welsh();
        Page<Leader> page = Page.of(maturity.leaders(area, council).stream().sorted(Leader.orderFor(welsh)).toList(),
                request);
        return PageJson.of(page, l -> LeaderJson.of(l, welsh), uri);
    }

    /** Every offer to lead as CSV in the leaders import's columns (council, area), streamed. */
    @GET
    @Path("leaders.csv")
    @Produces(Downloads.CSV)
    @LicensedOnly
    @ResponseStatuses({200, 401})
    public Response leadersCsv() {
        List<Leader> leaders = maturity.leaders(null, null);
        StreamingOutput csv = out -> MaturityCsvExport.leaders(leaders, out);
        return Downloads.attachment(csv, Downloads.CSV + Downloads.UTF8, "leaders.csv");
    }

    /** Every council's latest assessment of each area as CSV in the assessments import's columns, streamed. */
    @GET
    @Path("assessments.csv")
    @Produces(Downloads.CSV)
    @LicensedOnly
    @ResponseStatuses({200, 401})
    public Response assessmentsCsv() {
        maturity.latest(new PageRequest(0, 1)); // refuses an anonymous reader now, before the file starts
        StreamingOutput csv = out -> new MaturityCsvExport(maturity).assessments(out);
        return Downloads.attachment(csv, Downloads.CSV + Downloads.UTF8, "assessments.csv");
    }

    @PUT
    @Path("councils/{councilCode}/leads/{area}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 409, 415})
    public LeaderJson offerToLead(@PathParam("councilCode") String code, @PathParam("area") String area) {
        CouncilCode council = PathParams.council(code);
        maturity.offerToLead(council, area);
        return maturity.leaders(area, council).stream().findFirst().map(l -> LeaderJson.of(l, welsh()))
                .orElseThrow(() -> new NotFound(code + ":" + area));
    }

    @DELETE
    @Path("councils/{councilCode}/leads/{area}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({204, 401, 403, 404, 415})
    public Response withdrawLead(@PathParam("councilCode") String code, @PathParam("area") String area) {
        maturity.withdrawLead(PathParams.council(code), area);
        return Response.noContent().build();
    }

    @GET
    @Path("councils/{councilCode}")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<AssessmentJson> current(@PathParam("councilCode") String code, @Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<ReviewedAssessment> page = Page.of(maturity.current(PathParams.council(code)), request);
        return PageJson.of(page, AssessmentJson::of, uri);
    }

    @GET
    @Path("councils/{councilCode}/areas/{area}")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<AssessmentJson> history(@PathParam("councilCode") String code, @PathParam("area") String area,
            @Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<ReviewedAssessment> page = maturity.history(PathParams.council(code), area, request);
        return PageJson.of(page, AssessmentJson::of, uri);
    }

    @POST
    @Path("councils/{councilCode}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 409, 413, 415})
    public Response assess(@PathParam("councilCode") String code, AssessmentInput input, @Context UriInfo uri) {
        CouncilCode council = PathParams.council(code);
        AssessmentInput body = JsonFormats.present(input);
        Assessment saved = JsonFormats.renaming(INPUT_FIELDS, () -> maturity.assess(council, body.toAssessment()));
        URI location = URI.create(Links.to(uri, "maturity/councils/" + council + "/areas/" + saved.areaCode()));
        return Response.created(location).entity(AssessmentJson.of(new ReviewedAssessment(saved, List.of())))
                .build();
    }

    @POST
    @Path("assessments/{assessmentId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 409, 413, 415})
    public Response review(@PathParam("assessmentId") String id, ReviewInput input, @Context UriInfo uri) {
        long assessment = assessmentId(id);
        ReviewInput body = JsonFormats.present(input);
        var saved = maturity.review(assessment, body.reviewer(), body.toVerdict(), body.comment());
        return Response.status(201).entity(ReviewJson.of(saved)).build();
    }

    @GET
    @Path("commitments")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<CommitmentJson> commitments(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        CommitmentFilter filter = commitmentFilter(params);
        PageRequest request = params.page();
        params.check();
        Page<ListedCommitment> page = commitments.list(filter, request);
        return PageJson.of(page, CommitmentJson::of, uri);
    }

    /** Every commitment the filters match, as CSV in the import's columns, streamed. */
    @GET
    @Path("commitments.csv")
    @Produces(Downloads.CSV)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public Response commitmentsCsv(@Context UriInfo uri) {
        QueryParams params = new QueryParams(uri.getQueryParameters());
        CommitmentFilter filter = commitmentFilter(params);
        params.check();
        commitments.list(filter, new PageRequest(0, 1)); // refuses an anonymous reader or an unknown council now
        StreamingOutput csv = out -> new CommitmentCsvExport(commitments).export(filter, out);
        return Downloads.attachment(csv, Downloads.CSV + Downloads.UTF8, "commitments.csv");
    }

    @GET
    @Path("councils/{councilCode}/commitments")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 404})
    public PageJson<CommitmentJson> councilCommitments(@PathParam("councilCode") String code, @Context UriInfo uri) {
        PageRequest request = QueryParams.pageOnly(uri.getQueryParameters());
        Page<ListedCommitment> page = commitments.list(CommitmentFilter.of(PathParams.council(code)), request);
        return PageJson.of(page, CommitmentJson::of, uri);
    }

    @POST
    @Path("councils/{councilCode}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({201, 400, 401, 403, 404, 413, 415})
    public Response commit(@PathParam("councilCode") String code, CommitmentInput input, @Context UriInfo uri) {
        CouncilCode council = PathParams.council(code);
        long id = commitments.add(council, JsonFormats.present(input).toDraft()).id();
        URI location = URI.create(Links.to(uri, "maturity/councils/" + council + "/commitments/" + id));
        return Response.created(location).entity(CommitmentJson.of(commitments.get(council, id))).build();
    }

    @PUT
    @Path("councils/{councilCode}/commitments/{commitmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({200, 400, 401, 403, 404, 413, 415})
    public CommitmentJson changeCommitment(@PathParam("councilCode") String code,
            @PathParam("commitmentId") String id, CommitmentInput input) {
        CouncilCode council = PathParams.council(code);
        long commitment = assessmentId(id);
        commitments.update(council, commitment, JsonFormats.present(input).toDraft());
        return CommitmentJson.of(commitments.get(council, commitment));
    }

    @DELETE
    @Path("councils/{councilCode}/commitments/{commitmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    @ResponseStatuses({204, 401, 403, 404, 415})
    public Response removeCommitment(@PathParam("councilCode") String code, @PathParam("commitmentId") String id) {
        commitments.delete(PathParams.council(code), assessmentId(id));
        return Response.noContent().build();
    }

    /** The commitment list's filters (council, status, kind) as read; {@code params} reports any bad one. */
    private static CommitmentFilter commitmentFilter(QueryParams params) {
        CouncilCode council = params.council("council");
        CommitmentStatus status = params.code("status", params.text("status"), CommitmentStatus.class);
        CommitmentKind kind = params.code("kind", params.text("kind"), CommitmentKind.class);
        return new CommitmentFilter(council, status, kind);
    }

    /** A row number of a path (an assessment's or a commitment's); NotFound for anything else. */
    private static long assessmentId(String raw) {
        if (raw == null || !raw.matches("[1-9][0-9]{0,8}")) {
            throw new NotFound(String.valueOf(raw));
        }
        return Long.parseLong(raw);
    }

    /** Whether the request reads Welsh: area names in the JSON then come in Welsh (when given) and in Welsh order. */
    private boolean welsh() {
        return new DisplayText(messages).welsh();
    }
}
