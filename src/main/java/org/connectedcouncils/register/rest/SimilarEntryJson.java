package org.connectedcouncils.register.rest;

import static org.connectedcouncils.common.rest.JsonFormats.code;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.ws.rs.core.UriInfo;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.rest.CouncilRefJson;
import org.connectedcouncils.common.rest.Links;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.SimilarEntry;

/** An entry that looks like the one being written: who owns it, its phase, and whether it shares the area asked. */
public record SimilarEntryJson(
        String key,
        String name,
        String summary,
        CouncilRefJson ownerCouncil,
        String phase,
        String state,
        boolean sameServiceArea,
        @JsonProperty("_links") Map<String, String> links) {

    static SimilarEntryJson of(SimilarEntry e, Map<CouncilCode, Council> councils, UriInfo uri) {
        return new SimilarEntryJson(e.key().toString(), e.name(), e.summary(),
                CouncilRefJson.of(e.ownerCouncil(), Council.names(councils)), code(e.phase()), code(e.state()),
                e.sameServiceArea(), Map.of("self", Links.to(uri, "solutions/" + e.key()),
                        "adoption", Links.to(uri, "solutions/" + e.key() + "/adoptions")));
    }
}
