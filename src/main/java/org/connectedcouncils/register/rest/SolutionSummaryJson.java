package org.connectedcouncils.register.rest;

import static org.connectedcouncils.common.rest.JsonFormats.code;
import static org.connectedcouncils.common.rest.JsonFormats.codes;
import static org.connectedcouncils.common.rest.JsonFormats.instant;

import org.connectedcouncils.common.rest.CouncilRefJson;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.register.domain.ConfirmationRule;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.domain.SolutionContent;
import org.connectedcouncils.common.rest.Links;

/** A register entry as a list item (the shared JSON contract the macros' JavaScript also reads). */
public record SolutionSummaryJson(
        String key,
        String name,
        String summary,
        String kind,
        String phase,
        String state,
        CouncilRefJson ownerCouncil,
        List<String> serviceAreas,
        List<String> offers,
        AdoptionCountsJson adoptions,
        String updated,
        String lastConfirmed,
        boolean confirmationDue,
        int version,
        @JsonProperty("_links") Map<String, String> links) {

    /**
     * {@code councils} holds at least the owner council (looked up for a whole page at once); {@code confirmation}
     * (read once per request) decides {@code confirmationDue}.
     */
    public static SolutionSummaryJson of(Solution s, ConfirmationRule confirmation, Map<CouncilCode, Council> councils,
            UriInfo uri) {
        SolutionContent c = s.content();
        return new SolutionSummaryJson(s.key().toString(), c.name(), c.summary(), code(c.kind()),
                code(c.phase()), code(s.state()), CouncilRefJson.of(c.ownerCouncil(), Council.names(councils)),
                List.copyOf(c.serviceAreas()), codes(c.offers()), AdoptionCountsJson.of(s.adoptions()),
                instant(s.updated()), instant(s.lastConfirmed()), confirmation.isDue(s), s.version(),
                selfLink(s, uri));
    }

    static Map<String, String> selfLink(Solution s, UriInfo uri) {
        return Map.of("self", Links.to(uri, "solutions/" + s.key()));
    }
}
