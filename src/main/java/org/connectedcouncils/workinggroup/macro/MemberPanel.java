package org.connectedcouncils.workinggroup.macro;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupCard;

/**
 * The member's panel of {@code cc-working-group}, on screen for editors of councils other than the lead: leave the
 * group or step back to observer for each of their councils in it, answer the invitations to their councils and
 * follow their councils' join requests (a decline shows the lead's reason). Empty lists leave a part out.
 */
public record MemberPanel(List<Own> memberships, List<Answer> invitations, List<Asked> requests) {

    /** One of the user's councils in the group; {@code stepBack} holds the button's label when it is a member. */
    public record Own(String code, String council, String role, List<String> stepBack) {
    }

    /** An invitation to one of the user's councils; {@code answers} is filled while it waits for an answer. */
    public record Answer(String id, String council, String offer, String state, String reason, String date,
            List<String> answers) {
    }

    /** A join request of one of the user's councils, with its state and the lead's reason for a decline. */
    public record Asked(String council, String role, String state, String reason, String date) {
    }

    /** The panel, or none when the user has nothing in it (or manages the group: the lead's panel holds it all). */
    static List<MemberPanel> of(GroupCard card, DisplayText text) {
        if (card.summary().access().manage()) {
            return List.of();
        }
        Map<CouncilCode, Council> names = card.councils();
        String p = GroupViews.MACRO + "member.";
        List<Own> own = card.members().stream()
                .filter(m -> m.role() != MemberRole.LEAD && card.userCouncils().contains(m.council()))
                .map(m -> new Own(m.council().value(), GroupViews.councilName(m.council(), names),
                        LeadPanel.role(m.role(), text),
                        m.role() == MemberRole.MEMBER ? List.of(text.text(p + "stepBack")) : List.of()))
                .toList();
        List<Answer> invitations = card.invitations().items().stream().map(i -> new Answer(String.valueOf(i.id()),
                GroupViews.councilName(i.council(), names), text.text(GroupViews.MACRO + "lead.invited."
                        + i.role().code()), text.text(p + "state." + i.state().code()), blank(i.reason()),
                DisplayText.date(i.invitedAt()), i.isPending() ? List.of(text.text(p + "accept")) : List.of()))
                .toList();
        List<Asked> requests = card.requests().items().stream().map(r -> new Asked(
                GroupViews.councilName(r.council(), names), LeadPanel.role(r.role(), text),
                text.text(p + "state." + r.state().code()), blank(r.reason()), DisplayText.date(r.requestedAt())))
                .toList();
        if (own.isEmpty() && invitations.isEmpty() && requests.isEmpty()) {
            return List.of();
        }
        return List.of(new MemberPanel(own, invitations, requests));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
