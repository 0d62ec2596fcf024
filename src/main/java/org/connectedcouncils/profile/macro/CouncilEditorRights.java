package org.connectedcouncils.profile.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.EditorRequest;
import org.connectedcouncils.council.domain.EditorRequestState;
import org.connectedcouncils.council.service.EditorRequests;

/**
 * Editor rights on a council's profile (fragment {@code templates/profile/council-editor-rights.vm}, on screen, for
 * signed-in people): someone who does not edit for the council sees their request's state and may ask; its editors
 * and admins see the pending requests with approve and refuse.
 */
public record CouncilEditorRights(String id, String council, List<String> notes, boolean mayAsk, boolean decides,
        List<Pending> pending, List<String> pendingNotes) {

    static final String PREFIX = "connected-councils.council.editorRights.";

    /** A waiting request: its id, who asked (name, or user key when the host knows no name), when, and why. */
    public record Pending(String id, String requester, String date, String reason, String approveLabel,
            String refuseLabel) {
    }

    /** The panel for the current person's {@code standing}; empty for someone not signed in. */
    static List<CouncilEditorRights> of(String id, String council, EditorRequests.Standing standing,
            DisplayText text) {
        if (!standing.signedIn()) {
            return List.of();
        }
        if (standing.mayDecide()) {
            List<Pending> pending = standing.pending().items().stream().map(r -> {
                String who = standing.names().getOrDefault(r.requester(), r.requester());
                return new Pending(String.valueOf(r.id()), who, DisplayText.date(r.requestedAt()), r.reason(),
                        text.text(PREFIX + "approveLabel", who), text.text(PREFIX + "refuseLabel", who));
            }).toList();
            List<String> notes = new ArrayList<>();
            if (pending.isEmpty()) {
                notes.add(text.text(PREFIX + "noneWaiting"));
            } else if (standing.pending().hasNext()) {
                notes.add(text.text("connected-councils.register.table.capped", DisplayText.number(pending.size()),
                        DisplayText.number(standing.pending().total())));
            }
            return List.of(new CouncilEditorRights(id, council, List.of(), false, true, pending, notes));
        }
        List<String> notes = standing.mine().map(r -> List.of(note(r, text))).orElse(List.of());
        boolean mayAsk = standing.mine().map(r -> !r.isPending()).orElse(true);
        return List.of(new CouncilEditorRights(id, council, notes, mayAsk, false, List.of(), List.of()));
    }

    private static String note(EditorRequest r, DisplayText text) {
        String asked = DisplayText.date(r.requestedAt());
        if (r.state() == EditorRequestState.REFUSED) {
            return text.text(PREFIX + "mine.refused", asked, r.refusal() == null ? "" : r.refusal());
        }
        return text.text(PREFIX + "mine." + r.state().code(), asked);
    }
}
