package org.connectedcouncils.workinggroup.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.macro.DisplayText;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.workinggroup.domain.CollaborationModel;
import org.connectedcouncils.workinggroup.domain.GroupStatus;
import org.connectedcouncils.workinggroup.domain.Rag;
import org.connectedcouncils.workinggroup.domain.StatusReport;
import org.connectedcouncils.workinggroup.domain.StatusReportContent;

/**
 * Shared pieces of the working-group views: labels of the group vocabularies, RAG lozenges and one status report as
 * the templates show it. Every method of {@link Report} is in the workinggroup velocity allowlist.
 */
public final class GroupViews {

    /** The web resource of the working-group macros' script and styles, required only on screen. */
    public static final String WEB_RESOURCE = "org.connectedcouncils.connected-councils:working-group-macros";
    public static final String REST_PATH = "/rest/connected-councils/1.0/working-groups";
    public static final String SOLUTIONS_REST_PATH = "/rest/connected-councils/1.0/solutions";

    static final String PREFIX = "connected-councils.workinggroup.";
    static final String MACRO = PREFIX + "macro.";

    private static final Map<Rag, String> LOZENGES = Map.of(
            Rag.RED, "aui-lozenge aui-lozenge-removed cc-rag-red",
            Rag.AMBER, "aui-lozenge aui-lozenge-moved cc-rag-amber",
            Rag.GREEN, "aui-lozenge aui-lozenge-success cc-rag-green");
    private static final Map<GroupStatus, String> STATUS_LOZENGES = Map.of(
            GroupStatus.FORMING, "aui-lozenge aui-lozenge-new",
            GroupStatus.ACTIVE, "aui-lozenge aui-lozenge-success",
            GroupStatus.PAUSED, "aui-lozenge aui-lozenge-moved",
            GroupStatus.CLOSED, "aui-lozenge");

    private GroupViews() {
    }

    /** One status report: its date, RAG lozenge, summary and the optional sections that were written. */
    public record Report(String date, Views.Span rag, String summary, List<Views.Fact> sections) {
    }

    static Report report(StatusReport report, DisplayText text) {
        StatusReportContent c = report.content();
        List<Views.Fact> sections = new ArrayList<>();
        section(sections, text.text(MACRO + "report.achievements"), c.achievements());
        section(sections, text.text(MACRO + "report.nextSteps"), c.nextSteps());
        section(sections, text.text(MACRO + "report.risks"), c.risks());
        return new Report(text.shownDate(c.reportDate()), rag(c.rag(), text),
                c.summary(), sections);
    }

    static Views.Span rag(Rag rag, DisplayText text) {
        return new Views.Span(text.text(PREFIX + "rag." + rag.code()), LOZENGES.get(rag));
    }

    static Views.Span status(GroupStatus status, DisplayText text) {
        return new Views.Span(text.text(PREFIX + "status." + status.code()), STATUS_LOZENGES.get(status));
    }

    static String model(CollaborationModel model, DisplayText text) {
        return model == null ? "" : text.text(PREFIX + "model." + model.code());
    }

    static String councilName(CouncilCode code, Map<CouncilCode, Council> councils) {
        if (code == null) {
            return "";
        }
        Council council = councils.get(code);
        return council == null ? code.value() : council.name();
    }

    private static void section(List<Views.Fact> sections, String label, String value) {
        if (value != null && !value.isBlank()) {
            sections.add(new Views.Fact(label, value));
        }
    }
}
