package org.connectedcouncils.workinggroup.macro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.workinggroup.domain.CommitmentProgress;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.ReportHistory;

/**
 * What the {@code cc-status-report} templates show: the report form (a list of zero or one, filled only on screen
 * for users who may report) and a page of the history, newest first.
 */
public record StatusReportView(
        String id,
        String key,
        String restPath,
        String name,
        List<ReportForm> forms,
        List<GroupViews.Report> history,
        List<String> historyNotes,
        List<Views.Option> scriptTexts) {

    /**
     * The report form: today's date as the default, the RAG choices, worst first, and for the group's lead each
     * charter commitment to mark met or at risk with the report.
     */
    public record ReportForm(String today, List<Views.Option> rags, List<String> marksHeading, List<Mark> marks) {
    }

    /** One commitment's choice in the form: the council, its label, its mark now ("" for none), the choices. */
    public record Mark(String council, String label, String current, List<Views.Option> choices) {
    }

    public static StatusReportView of(String id, ReportHistory history, OutputMode mode, LocalDate today,
            DisplayText text) {
        ReportSubject subject = history.subject();
        String p = GroupViews.MACRO + "report.";
        List<ReportForm> forms = mode.isInteractive() && history.mayReport()
                ? List.of(new ReportForm(today.toString(), Arrays.stream(Rag.values())
                        .map(r -> new Views.Option(r.code(), text.text(GroupViews.PREFIX + "rag." + r.code())))
                        .toList(), history.markable().isEmpty() ? List.of()
                        : List.of(text.text(p + "marks")), marks(history, text)))
                : List.of();
        List<GroupViews.Report> reports = history.reports().items().stream()
                .map(r -> GroupViews.report(r, text)).toList();
        List<String> notes = new ArrayList<>();
        if (reports.isEmpty()) {
            notes.add(text.text(p + "none"));
        } else if (history.reports().hasNext()) {
            notes.add(text.text(GroupViews.MACRO + "capped", DisplayText.number(reports.size()),
                    DisplayText.number(history.reports().total())));
        }
        String rest = (subject.isGroup() ? GroupViews.REST_PATH : GroupViews.SOLUTIONS_REST_PATH) + "/" + subject
                + "/reports";
        List<Views.Option> scriptTexts = List.of(
                new Views.Option("saved", text.text(p + "script.saved")),
                new Views.Option("error", text.text(GroupViews.MACRO + "script.error")));
        return new StatusReportView(id, subject.toString(), rest, history.name(), forms, reports, notes,
                scriptTexts);
    }

    private static List<Mark> marks(ReportHistory history, DisplayText text) {
        String c = GroupViews.MACRO + "charter.";
        return history.markable().stream().map(m -> {
            String current = m.progress() == null ? "" : m.progress().code();
            List<Views.Option> choices = new ArrayList<>();
            choices.add(new Views.Option(current, text.text(c + "keep", m.progress() == null
                    ? text.text(c + "progress.none") : text.text(c + "progress." + current))));
            for (CommitmentProgress p : CommitmentProgress.values()) {
                if (p != m.progress()) {
                    choices.add(new Views.Option(p.code(), text.text(c + "progress." + p.code())));
                }
            }
            return new Mark(m.council().value(), text.text(c + "markFor",
                    GroupViews.councilName(m.council(), history.councils())), current, choices);
        }).toList();
    }
}
