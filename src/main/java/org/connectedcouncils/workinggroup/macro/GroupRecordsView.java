package org.connectedcouncils.workinggroup.macro;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.workinggroup.domain.Commitment;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry;
import org.connectedcouncils.workinggroup.domain.GroupHistoryEntry.What;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.MemberRole;

/**
 * The group page's charter (each member council's commitment as a table, the form to record one for the councils the
 * user may, the lead's met / at-risk marks) and history (a page of lines, newest first, with older / newer buttons).
 * Optional parts are lists of zero or one, so the templates stay free of conditions.
 */
public record GroupRecordsView(List<CommitmentRow> commitments, List<String> charterNotes,
        List<CharterForm> charterForms, List<String> charterCsv, History history) {

    static final String P = GroupViews.MACRO + "charter.";
    static final String H = GroupViews.MACRO + "history.";
    /** History lines on one page of the group page. */
    public static final int HISTORY_PAGE = 10;

    /** One council's commitment; {@code marks} holds the lead's buttons (none for anyone else or in exports). */
    public record CommitmentRow(String councilCode, String council, String peopleDays, String money, String role,
            String agreedOn, List<Views.Span> progress, List<Views.Option> marks) {
    }

    /** The form recording a commitment: the councils the user may record one for. */
    public record CharterForm(List<Views.Option> councils) {
    }

    /** A page of history lines with the buttons to the older and newer pages that exist ({@code value}: start). */
    public record History(String restPath, List<Line> lines, List<String> notes, List<Views.Option> pager) {
    }

    /** One line: when, who, and what happened in words. */
    public record Line(String when, String who, String what) {
    }

    /**
     * What the charter and history parts show; {@code lead}: the user manages the group, on screen; {@code csvPath}:
     * the REST path of the charter's CSV download (null in exports, which have no script to add the context path).
     */
    static GroupRecordsView of(Page<Commitment> charter, List<CouncilCode> mayCommitFor, boolean lead,
            String csvPath, History history, Map<CouncilCode, Council> councils, DisplayText text) {
        List<CommitmentRow> rows = charter.items().stream().map(c -> row(c, lead, councils, text)).toList();
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty()) {
            notes.add(text.text(P + "none"));
        } else if (charter.hasNext()) {
            notes.add(text.text(GroupViews.MACRO + "capped", DisplayText.number(rows.size()),
                    DisplayText.number(charter.total())));
        }
        List<CharterForm> forms = mayCommitFor.isEmpty() ? List.of() : List.of(new CharterForm(mayCommitFor.stream()
                .map(c -> new Views.Option(c.value(), GroupViews.councilName(c, councils))).toList()));
        List<String> csv = csvPath == null || rows.isEmpty() ? List.of() : List.of(csvPath);
        return new GroupRecordsView(rows, notes, forms, csv, history);
    }

    private static CommitmentRow row(Commitment c, boolean lead, Map<CouncilCode, Council> councils,
            DisplayText text) {
        List<Views.Span> progress = c.progress() == null ? List.of()
                : List.of(new Views.Span(text.text(P + "progress." + c.progress().code()),
                        c.progress() == CommitmentProgress.MET ? "aui-lozenge aui-lozenge-success"
                                : "aui-lozenge aui-lozenge-moved"));
        List<Views.Option> marks = lead ? List.of(
                new Views.Option(CommitmentProgress.MET.code(), text.text(P + "mark.met")),
                new Views.Option(CommitmentProgress.AT_RISK.code(), text.text(P + "mark.at-risk"))) : List.of();
        String days = c.terms().peopleDayTenths() == 0 ? ""
                : BigDecimal.valueOf(c.terms().peopleDayTenths(), 1).stripTrailingZeros().toPlainString();
        String money = c.terms().moneyPerYear() == 0 ? ""
                : DisplayText.money(c.terms().moneyPerYear() * 100, "GBP");
        return new CommitmentRow(c.council().value(), GroupViews.councilName(c.council(), councils), days, money,
                c.terms().role() == null ? "" : c.terms().role(), text.shownDate(c.terms().agreedOn()), progress,
                marks);
    }

    /** A page of history; {@code names}: display names by user key (a key without one is shown as it is). */
    static History history(String restPath, Page<GroupHistoryEntry> page, Map<String, String> names,
            Map<CouncilCode, Council> councils, boolean interactive, DisplayText text) {
        List<Line> lines = page.items().stream().map(e -> new Line(text.shownDate(e.at()),
                e.actorKey() == null ? "" : names.getOrDefault(e.actorKey(), e.actorKey()),
                what(e, councils, text))).toList();
        List<String> notes = lines.isEmpty() ? List.of(text.text(H + "none")) : List.of();
        List<Views.Option> pager = new ArrayList<>();
        if (interactive && page.hasPrevious()) {
            pager.add(new Views.Option(String.valueOf(Math.max(0, page.start() - page.limit())),
                    text.text(H + "newer")));
        }
        if (interactive && page.hasNext()) {
            pager.add(new Views.Option(String.valueOf(page.start() + page.limit()), text.text(H + "older")));
        }
        return new History(restPath, lines, notes, pager);
    }

    /** The line in words, e.g. "Hackney joined as member"; codes in the detail are shown by their labels. */
    static String what(GroupHistoryEntry e, Map<CouncilCode, Council> councils, DisplayText text) {
        String council = GroupViews.councilName(e.council(), councils);
        String detail = e.detail() == null ? "" : e.detail();
        if (e.what() == What.STATUS_CHANGED && detail.contains(">")) {
            String[] states = detail.split(">", 2);
            detail = label(GroupStatus.class, states[0], text) + " \u2192 " + label(GroupStatus.class, states[1], text);
        } else if (e.what() == What.LEAD_HANDED_OVER) {
            detail = GroupViews.councilName(CouncilCode.parse(detail).orElse(null), councils);
        } else if (e.what() == What.STATUS_REPORTED) {
            detail = detail.isEmpty() ? "" : text.text(GroupViews.PREFIX + "rag." + detail);
        } else if (e.what() == What.COMMITMENT_MARKED) {
            detail = detail.isEmpty() ? text.text(P + "progress.none") : text.text(P + "progress." + detail);
        } else if (e.what() != What.COMMITMENT_RECORDED && e.what() != What.PROJECT_PAGE_CREATED
                && !detail.isEmpty()) {
            detail = label(MemberRole.class, detail, text);
        }
        return text.text(H + e.what().code(), council, detail);
    }

    private static <E extends Enum<E> & Coded> String label(Class<E> type, String code, DisplayText text) {
        String prefix = GroupStatus.class.equals(type) ? "status." : "role.";
        return Coded.fromCode(type, code)
                .map(v -> text.text(GroupViews.PREFIX + prefix + v.code())).orElse(code);
    }
}
