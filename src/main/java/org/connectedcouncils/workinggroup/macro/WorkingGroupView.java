package org.connectedcouncils.workinggroup.macro;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.workinggroup.domain.GroupDetails;
import org.connectedcouncils.workinggroup.domain.MemberRole;
import org.connectedcouncils.workinggroup.domain.Membership;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.service.GroupSummary;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupCard;

/**
 * What the {@code cc-working-group} template shows. The optional parts (latest report, join form) are lists of zero
 * or one, so the template stays free of conditions; the join form is filled only on screen and only for editors of
 * councils that are not yet in the group.
 */
public record WorkingGroupView(
        String id,
        String key,
        String restPath,
        String name,
        String aim,
        Views.Span status,
        List<Views.Fact> facts,
        List<Member> members,
        List<String> memberNotes,
        List<GroupViews.Report> latestReports,
        List<String> reportNotes,
        List<Linked> solutions,
        List<String> solutionNotes,
        List<JoinForm> joinForms,
        List<LeadPanel> leadPanels,
        List<MemberPanel> memberPanels,
        GroupRecordsView records,
        List<Views.Option> scriptTexts,
        boolean interactive) {

    /** A linked register entry: its key and page, and (when the user may see it) its name, phase and owner. */
    public record Linked(String key, String href, String name, String phase, String owner) {
    }

    /** A council in the group and its role. */
    public record Member(String council, Views.Span role) {
    }

    /** The request-to-join form: the councils the user may ask for. */
    public record JoinForm(List<Views.Option> councils) {
    }

    public static WorkingGroupView of(String id, GroupCard card, OutputMode mode, SolutionPages pages,
            DisplayText text) {
        GroupSummary summary = card.summary();
        WorkingGroup group = summary.group();
        GroupDetails d = group.details();
        String p = GroupViews.MACRO + "group.";
        List<Views.Fact> facts = new ArrayList<>();
        facts.add(new Views.Fact(text.text(p + "lead"), GroupViews.councilName(group.leadCouncil(), card.councils())));
        facts.add(new Views.Fact(text.text(p + "model"), GroupViews.model(d.model(), text)));
        if (d.cadence() != null && !d.cadence().isBlank()) {
            facts.add(new Views.Fact(text.text(p + "cadence"), d.cadence()));
        }
        if (d.exitCriteria() != null && !d.exitCriteria().isBlank()) {
            facts.add(new Views.Fact(text.text(p + "exitCriteria"), d.exitCriteria()));
        }
        List<Member> members = card.members().stream()
                .map(m -> new Member(GroupViews.councilName(m.council(), card.councils()),
                        new Views.Span(text.text(GroupViews.PREFIX + "role." + m.role().code()), "cc-tag")))
                .toList();
        List<String> memberNotes = new ArrayList<>();
        if (summary.members().hasNext()) {
            memberNotes.add(text.text(GroupViews.MACRO + "capped", DisplayText.number(members.size()),
                    DisplayText.number(summary.members().total())));
        }
        List<GroupViews.Report> latest = summary.latestReport().map(r -> List.of(GroupViews.report(r, text)))
                .orElse(List.of());
        List<String> reportNotes = latest.isEmpty() ? List.of(text.text(p + "noReport")) : List.of();
        List<Linked> solutions = d.linkedSolutions().stream().map(k -> {
            Solution s = card.solutions().get(k);
            return s == null ? new Linked(k.toString(), pages.href(k.toString()), "", "", "")
                    : new Linked(k.toString(), pages.href(k.toString()), s.content().name(),
                            text.text("connected-councils.phase." + s.content().phase().code()),
                            GroupViews.councilName(s.content().ownerCouncil(), card.councils()));
        }).toList();
        List<String> solutionNotes = solutions.isEmpty() ? List.of(text.text(p + "noSolutions")) : List.of();
        List<JoinForm> join = mode.isInteractive() && !summary.access().mayRequestToJoinFor().isEmpty()
                ? List.of(new JoinForm(summary.access().mayRequestToJoinFor().stream().sorted()
                        .map(c -> new Views.Option(c.value(), GroupViews.councilName(c, card.councils())))
                        .toList()))
                : List.of();
        boolean manage = mode.isInteractive() && summary.access().manage();
        List<LeadPanel> lead = manage ? List.of(LeadPanel.of(card, text)) : List.of();
        List<MemberPanel> member = mode.isInteractive() ? MemberPanel.of(card, text) : List.of();
        List<CouncilCode> commitFor = mode.isInteractive() ? card.members().stream()
                .filter(m -> m.role() != MemberRole.OBSERVER)
                .filter(m -> manage || card.userCouncils().contains(m.council())).map(Membership::council).toList()
                : List.of();
        GroupRecordsView records = GroupRecordsView.of(card.charter(), commitFor, manage,
                mode.isInteractive() ? GroupViews.REST_PATH + "/" + group.key() + "/charter/export" : null,
                GroupRecordsView.history(GroupViews.REST_PATH + "/" + group.key() + "/history.html",
                        card.history().lines(), card.history().names(), card.councils(), mode.isInteractive(), text),
                card.councils(), text);
        List<Views.Option> scriptTexts = List.of(
                new Views.Option("requested", text.text(p + "script.requested")),
                new Views.Option("done", text.text(p + "script.done")),
                new Views.Option("error", text.text(GroupViews.MACRO + "script.error")));
        return new WorkingGroupView(id, group.key().toString(), GroupViews.REST_PATH + "/" + group.key(),
                d.name(), d.aim(), GroupViews.status(group.status(), text), facts, members, memberNotes, latest,
                reportNotes, solutions, solutionNotes, join, lead, member, records, scriptTexts,
                mode.isInteractive());
    }
}
