package org.connectedcouncils.workinggroup.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;

/** A working group; {@code spaceKey} and {@code projectPageId} are null until it has a project page. */
public record WorkingGroupJson(
        String key,
        String name,
        String aim,
        List<String> serviceAreas,
        String model,
        String status,
        String cadence,
        String exitCriteria,
        CouncilRefJson leadCouncil,
        int partnerCount,
        List<String> linkedSolutions,
        String spaceKey,
        Long projectPageId,
        String created,
        String createdBy,
        String updated,
        int version,
        @JsonProperty("_links") Map<String, String> links) {

    static WorkingGroupJson of(WorkingGroup g, Map<CouncilCode, Council> names, UriInfo uri) {
        GroupDetails d = g.details();
        return new WorkingGroupJson(g.key().toString(), d.name(), d.aim(), List.copyOf(d.serviceAreas()),
                JsonFormats.code(d.model()), JsonFormats.code(g.status()), d.cadence(), d.exitCriteria(),
                WgJson.council(g.leadCouncil(), names), g.partnerCount(),
                d.linkedSolutions().stream().map(SolutionKey::toString).toList(), g.spaceKey(), g.projectPageId(),
                JsonFormats.instant(g.created()), g.createdBy(), JsonFormats.instant(g.updated()), g.version(),
                Map.of("self", Links.to(uri, "working-groups/" + g.key())));
    }
}
