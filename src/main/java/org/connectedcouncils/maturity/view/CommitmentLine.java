package org.connectedcouncils.maturity.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.maturity.domain.CommitmentDraft;
import org.connectedcouncils.maturity.domain.CommitmentStatus;
import org.connectedcouncils.maturity.service.ListedCommitment;
import org.connectedcouncils.workinggroup.domain.GroupStatus;

/**
 * One commitment in words, for the council profile and the list across councils: what (its title or its kind), the
 * council, the status as a lozenge, the dates, and the working group it leads as a link (plain text when the group
 * has no page; a note when it is closed or gone). The raw values feed the profile's edit form.
 */
public record CommitmentLine(long id, String council, String councilCode, String what, Views.Span status,
        String dates, List<Views.Link> groupLinks, List<String> groupNotes, String kind, String title,
        String statusCode, String madeOn, String dueBy, String metOn, String group, String editLabel,
        String removeLabel) {

    public static final String PREFIX = "connected-councils.commitments.";

    private static final Map<CommitmentStatus, String> LOZENGES = Map.of(
            CommitmentStatus.PLANNED, "aui-lozenge",
            CommitmentStatus.SIGNED, "aui-lozenge aui-lozenge-current",
            CommitmentStatus.IN_PROGRESS, "aui-lozenge aui-lozenge-current",
            CommitmentStatus.MET, "aui-lozenge aui-lozenge-success",
            CommitmentStatus.WITHDRAWN, "aui-lozenge aui-lozenge-removed");

    /** {@code listed} in the texts' language; a group's project page addressed as {@code pages} address pages. */
    public static CommitmentLine of(ListedCommitment listed, SolutionPages pages, DisplayText text) {
        CommitmentDraft d = listed.commitment().draft();
        String what = d.title() != null ? d.title() : text.label(PREFIX + "kind.", d.kind());
        List<String> dates = new ArrayList<>();
        if (d.madeOn() != null) {
            dates.add(text.text(PREFIX + "madeOnShown", text.shownDate(d.madeOn())));
        }
        if (d.dueBy() != null) {
            dates.add(text.text(PREFIX + "dueByShown", text.shownDate(d.dueBy())));
        }
        if (d.metOn() != null) {
            dates.add(text.text(PREFIX + "metOnShown", text.shownDate(d.metOn())));
        }
        List<Views.Link> links = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String key = d.group() == null ? "" : "WG-" + d.group();
        if (listed.groupGone()) {
            notes.add(text.text(PREFIX + "groupGone", key));
        } else if (listed.group() != null) {
            String name = listed.group().details().name();
            Long page = listed.group().projectPageId();
            String href = page == null ? null : pages.confluencePage(page);
            if (href == null) {
                notes.add(text.text(PREFIX + "groupNamed", name, key));
            } else {
                links.add(new Views.Link(name, href));
            }
            if (listed.group().status() == GroupStatus.CLOSED) {
                notes.add(text.text(PREFIX + "groupClosed"));
            }
        }
        return new CommitmentLine(listed.commitment().id(), listed.councilName(),
                listed.commitment().council().value(), what,
                new Views.Span(text.label(PREFIX + "status.", d.status()), LOZENGES.get(d.status())),
                String.join(" \u00b7 ", dates), links, notes, d.kind().code(), d.title() == null ? "" : d.title(),
                d.status().code(), iso(d.madeOn()), iso(d.dueBy()), iso(d.metOn()), key,
                text.text(PREFIX + "editOne", what), text.text(PREFIX + "removeOne", what));
    }

    private static String iso(java.time.LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
