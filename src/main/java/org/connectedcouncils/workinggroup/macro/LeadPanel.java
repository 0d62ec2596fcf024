package org.connectedcouncils.workinggroup.macro;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.service.GroupsAndMembers;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupCard;

/**
 * The lead's panel of {@code cc-working-group}, shown on screen to the lead council's editors and admins: pending
 * join requests, invitations (also the offer of the lead), members' roles, the group's details, its status, its
 * linked entries and its project page. Selected values travel as {@code data-} attributes the script applies, so
 * the template stays free of conditions.
 */
public record LeadPanel(
        List<Request> requests,
        List<String> requestNotes,
        List<Invited> invitations,
        List<String> invitationNotes,
        List<MemberRow> members,
        List<String> memberNotes,
        List<Views.Option> roles,
        List<WorkingGroupView.JoinForm> offerForms,
        Details details,
        List<Views.Option> statuses,
        List<String> statusNotes,
        List<ProjectPageForm> projectPageForms) {

    /**
     * The "Create the project page" form of a group without one: a list of the spaces the person may create pages in
     * when there are any ({@code choose}), else a field for the space key as before; {@code note} says what happens.
     */
    public record ProjectPageForm(String note, boolean choose, List<Views.Option> spaces) {
    }

    /** A pending join request. */
    public record Request(String id, String council, String role, String message, String date) {
    }

    /** A pending invitation, or the offer of the lead. */
    public record Invited(String council, String role, String date) {
    }

    /** A council in the group other than the lead, with its current role code. */
    public record MemberRow(String code, String council, String role) {
    }

    /** The edit form: current values, the vocabularies and the linked entries (key and label). */
    public record Details(String version, String name, String aim, String model, String cadence, String exitCriteria,
            String serviceAreas, List<Views.Option> models, List<Views.Option> areas, List<Views.Option> linked) {
    }

    static LeadPanel of(GroupCard card, DisplayText text) {
        WorkingGroup group = card.summary().group();
        Map<CouncilCode, Council> names = card.councils();
        String p = GroupViews.MACRO + "lead.";
        List<Request> requests = card.requests().items().stream().map(r -> new Request(String.valueOf(r.id()),
                GroupViews.councilName(r.council(), names), role(r.role(), text), text(r.message()),
                DisplayText.date(r.requestedAt()))).toList();
        List<Invited> invitations = card.invitations().items().stream().map(i -> new Invited(
                GroupViews.councilName(i.council(), names), text.text(p + "invited." + i.role().code()),
                DisplayText.date(i.invitedAt()))).toList();
        List<MemberRow> members = new ArrayList<>();
        List<Views.Option> candidates = new ArrayList<>();
        for (Membership m : card.members()) {
            if (m.role() == MemberRole.LEAD) {
                continue;
            }
            String council = GroupViews.councilName(m.council(), names);
            members.add(new MemberRow(m.council().value(), council, m.role().code()));
            candidates.add(new Views.Option(m.council().value(), council));
        }
        List<Views.Option> roles = List.of(MemberRole.MEMBER, MemberRole.OBSERVER).stream()
                .map(r -> new Views.Option(r.code(), role(r, text))).toList();
        List<Views.Option> statuses = new ArrayList<>();
        for (GroupStatus s : GroupStatus.values()) {
            if (s != group.status()) {
                statuses.add(new Views.Option(s.code(), text.text(GroupViews.PREFIX + "status." + s.code())));
            }
        }
        List<String> statusNotes = new ArrayList<>();
        if (group.isFundingBid() && group.status() != GroupStatus.ACTIVE
                && group.partnerCount() < GroupsAndMembers.FUNDING_BID_MIN_PARTNERS) {
            statusNotes.add(text.text("connected-councils.workinggroup.error.tooFewPartners",
                    DisplayText.number(GroupsAndMembers.FUNDING_BID_MIN_PARTNERS),
                    DisplayText.number(group.partnerCount())));
        }
        return new LeadPanel(requests, notes(card.requests(), p + "noRequests", text), invitations,
                notes(card.invitations(), p + "noInvitations", text), members,
                members.isEmpty() ? List.of(text.text(p + "noMembers")) : List.of(), roles,
                candidates.isEmpty() ? List.of() : List.of(new WorkingGroupView.JoinForm(candidates)),
                details(card, text), statuses, statusNotes,
                group.projectPageId() == null ? List.of(projectPageForm(card, text, p)) : List.of());
    }

    private static ProjectPageForm projectPageForm(GroupCard card, DisplayText text, String p) {
        List<Views.Option> spaces = card.spaces().stream()
                .map(s -> new Views.Option(s.key(), text.text(p + "spaceChoice", s.name(), s.key()))).toList();
        return new ProjectPageForm(text.text(p + (spaces.isEmpty() ? "projectPage.hint" : "projectPage.choose")),
                !spaces.isEmpty(), spaces);
    }

    private static Details details(GroupCard card, DisplayText text) {
        WorkingGroup group = card.summary().group();
        GroupDetails d = group.details();
        List<Views.Option> models = Arrays.stream(CollaborationModel.values())
                .map(m -> new Views.Option(m.code(), GroupViews.model(m, text))).toList();
        List<Views.Option> areas = card.serviceAreas().stream()
                .filter(a -> !a.retired() || d.serviceAreas().contains(a.code()))
                .sorted(ServiceArea.byNameFor(text.welsh()))
                .map(a -> new Views.Option(a.code(), a.nameFor(text.welsh()))).toList();
        List<Views.Option> linked = d.linkedSolutions().stream().map(k -> {
            Solution s = card.solutions().get(k);
            return new Views.Option(k.toString(), s == null ? k.toString() : k + " " + s.content().name());
        }).toList();
        return new Details(String.valueOf(group.version()), d.name(), d.aim(), d.model() == null ? ""
                : d.model().code(), text(d.cadence()), text(d.exitCriteria()),
                String.join(",", d.serviceAreas()), models, areas, linked);
    }

    private static List<String> notes(Page<?> page, String none, DisplayText text) {
        if (page.items().isEmpty()) {
            return List.of(text.text(none));
        }
        return page.hasNext() ? List.of(text.text(GroupViews.MACRO + "capped",
                DisplayText.number(page.items().size()), DisplayText.number(page.total()))) : List.of();
    }

    static String role(MemberRole role, DisplayText text) {
        return text.text(GroupViews.PREFIX + "role." + role.code());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
