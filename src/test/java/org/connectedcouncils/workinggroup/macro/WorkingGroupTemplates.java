package org.connectedcouncils.workinggroup.macro;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.testing.SolutionTestData;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.PortfolioQuery;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.ReportSubject;
import org.connectedcouncils.workinggroup.domain.WorkingGroup;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupDirectory;

/** Every working-group template with a view that fills all its sections, for the velocity allowlist check. */
public final class WorkingGroupTemplates {

    private WorkingGroupTemplates() {
    }

    public static Map<String, Object> views(DisplayText text) {
        Map<String, Object> views = new LinkedHashMap<>();
        views.put(WorkingGroupMacro.TEMPLATE, WorkingGroupView.of("g", GroupMacroTestData.card(true,
                Set.of(SolutionTestData.LEEDS)), OutputMode.INTERACTIVE, new SolutionPages(""), text));
        ReportSubject subject = ReportSubject.of(SolutionKey.of(12));
        views.put(StatusReportMacro.TEMPLATE, StatusReportView.of("r", GroupMacroTestData.leadsHistory(subject),
                OutputMode.INTERACTIVE, LocalDate.of(2026, 11, 1), text));
        views.put(StatusReportMacro.STATIC_TEMPLATE, StatusReportView.of("r", GroupMacroTestData.history(subject,
                true, 9), OutputMode.STATIC, LocalDate.of(2026, 11, 1), text));
        PortfolioQuery query = new PortfolioQuery(SolutionTestData.BRIGHTON, "waste", Rag.RED, null, null, null);
        views.put(PortfolioMacro.TEMPLATE, PortfolioView.of("p", query, GroupMacroTestData.portfolio(9),
                new SolutionPages(""), text));
        views.put(GroupDirectoryView.TEMPLATE, directory(OutputMode.INTERACTIVE, text));
        views.put(GroupDirectoryView.STATIC_TEMPLATE, directory(OutputMode.STATIC, text));
        views.put("templates/workinggroup/groups-results.vm", directory(OutputMode.INTERACTIVE, text));
        views.put(HistoryFragment.TEMPLATE, new HistoryFragment(((WorkingGroupView) panelView(true, text)).records()));
        return views;
    }

    /** The directory with every filter applied, a group with a project page and one without, on a middle page. */
    static GroupDirectoryView directory(OutputMode mode, DisplayText text) {
        WorkingGroup plain = GroupMacroTestData.group();
        WorkingGroup withPage = new WorkingGroup(WorkingGroupKey.of(4), plain.details(), plain.leadCouncil(),
                GroupStatus.ACTIVE, 3, "WG", 77L, plain.created(), plain.createdBy(), plain.updated(), 1);
        Map<GroupStatus, Integer> counts = new EnumMap<>(GroupStatus.class);
        counts.put(GroupStatus.ACTIVE, 1);
        GroupDirectory directory = new GroupDirectory(new Page<>(List.of(plain, withPage), 25, 25, 100), counts,
                GroupMacroTestData.councils(), List.of(new ServiceArea("waste", "Waste", false)),
                Set.of(SolutionTestData.LEEDS));
        GroupDirectoryRequest request = GroupDirectoryRequest.parse(Map.of("status", "active", "model",
                "co-development", "serviceArea", "waste", "council", SolutionTestData.LEEDS.value(), "q",
                GroupMacroTestData.HOSTILE_TEXT, "mine", "true", "sort", "-updated", "start", "25"));
        return GroupDirectoryView.of("d", request, directory, new GroupPages(mode.isInteractive() ? ""
                : "https://wiki.example.org"), text);
    }

    /** The working-group template again, as the lead's editors and as a member council's editors see it. */
    public static List<Map.Entry<String, Object>> panelViews(DisplayText text) {
        return List.of(Map.entry(WorkingGroupMacro.TEMPLATE, panelView(true, text)),
                Map.entry(WorkingGroupMacro.TEMPLATE, panelView(false, text)));
    }

    private static Object panelView(boolean lead, DisplayText text) {
        return WorkingGroupView.of("g", GroupMacroTestData.panelCard(lead), OutputMode.INTERACTIVE,
                new SolutionPages(""), text);
    }
}
