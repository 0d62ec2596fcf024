package org.connectedcouncils.profile.macro;

import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.register.service.CouncilTakeOver;

/**
 * On a successor council's profile, for its editors and admins on screen: the entries of ended councils waiting for
 * it to take them over (one line per ended council) and the one action that does (script:
 * web/profile/council-take-over.js).
 */
public record CouncilTakeOverPanel(String id, String council, List<String> waiting) {

    static final String PREFIX = "connected-councils.council.takeOver.";

    /** The panel for what waits; none when nothing does. */
    static List<CouncilTakeOverPanel> of(String id, String council, List<CouncilTakeOver.Waiting> waiting,
            DisplayText text) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        return List.of(new CouncilTakeOverPanel(id, council, waiting.stream()
                .map(w -> text.text(PREFIX + "waiting", w.entries(), w.ended().name()))
                .toList()));
    }
}
