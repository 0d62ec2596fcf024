package org.connectedcouncils.profile.macro;

import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.workinggroup.domain.Invitation;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;

/**
 * The working-group invitations waiting for a council's answer, on its profile for its own editors: each names the
 * group and what is offered (to join as member or observer, or to take over the lead), with accept and decline.
 */
public record CouncilInvitations(List<Waiting> waiting, List<String> notes) {

    static final String PREFIX = "connected-councils.council.invitations.";

    /** One invitation: the REST path of its group, its id, the group's key and name and the offer. */
    public record Waiting(String restPath, String id, String key, String group, String offer, String date) {
    }

    static CouncilInvitations of(Page<Invitation> page, Map<WorkingGroupKey, String> names, DisplayText text) {
        List<Waiting> waiting = page.items().stream().map(i -> new Waiting(
                "/rest/connected-councils/1.0/working-groups/" + i.group(), String.valueOf(i.id()),
                i.group().toString(), names.getOrDefault(i.group(), i.group().toString()),
                text.text("connected-councils.workinggroup.macro.lead.invited." + i.role().code()),
                DisplayText.date(i.invitedAt()))).toList();
        List<String> notes = waiting.isEmpty() ? List.of(text.text(PREFIX + "none"))
                : page.hasNext() ? List.of(text.text("connected-councils.register.table.capped",
                        DisplayText.number(waiting.size()), DisplayText.number(page.total()))) : List.of();
        return new CouncilInvitations(waiting, notes);
    }
}
