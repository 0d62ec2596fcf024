package org.connectedcouncils.workinggroup.rest;

import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.JsonFormats;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.workinggroup.domain.PortfolioItem;

/**
 * One row of the portfolio: a group ({@code kind} {@code group}) or register entry ({@code solution}) with its
 * newest report; {@code council} is the lead or owner, {@code model} and {@code status} are null for entries.
 */
public record PortfolioItemJson(String subject, String kind, String name, CouncilRefJson council, String model,
        String status, StatusReportJson latest, String self) {

    static PortfolioItemJson of(PortfolioItem i, Map<CouncilCode, Council> names, UriInfo uri) {
        boolean group = i.subject().isGroup();
        String path = (group ? "working-groups/" : "solutions/") + i.subject();
        return new PortfolioItemJson(i.subject().toString(), group ? "group" : "solution", i.name(),
                WgJson.council(i.council(), names), JsonFormats.code(i.model()), JsonFormats.code(i.status()),
                StatusReportJson.of(i.latest()), Links.to(uri, path));
    }
}
