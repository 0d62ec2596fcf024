package org.connectedcouncils.register.rest;

import java.util.List;

import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.CouncilTakeOver;

/** What one take-over call moved: the entries' keys, and how many still wait for the successor (call again). */
public record CouncilTakeOverJson(String council, List<String> takenOver, int remaining) {

    static CouncilTakeOverJson of(CouncilTakeOver.Result r) {
        return new CouncilTakeOverJson(r.successor().value(),
                r.takenOver().stream().map(SolutionKey::toString).toList(), r.remaining());
    }
}
