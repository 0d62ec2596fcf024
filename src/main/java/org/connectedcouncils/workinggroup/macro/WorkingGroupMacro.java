package org.connectedcouncils.workinggroup.macro;

import java.util.Map;
import java.util.UUID;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.domain.Refusal;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/** {@code cc-working-group}: one working group's aim, partners, status and latest report, with a join button. */
public final class WorkingGroupMacro implements Macro {

    static final String TEMPLATE = "templates/workinggroup/working-group.vm";
    static final String UNKNOWN_GROUP = "connected-councils.workinggroup.macro.error.unknownGroup";
    static final PageRequest MEMBERS = new PageRequest(0, PageRequest.MAX_LIMIT);

    private final WorkingGroupQueries queries;
    private final MacroOutput output;

    public WorkingGroupMacro(WorkingGroupQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        OutputMode mode = OutputMode.of(context);
        try {
            WorkingGroupKey key = key(new MacroParameters(parameters));
            WorkingGroupQueries.GroupCard card;
            try {
                card = queries.card(key, MEMBERS);
            } catch (Refusal.NotFound e) {
                throw new InvalidParameter("key", UNKNOWN_GROUP, key.toString());
            }
            WorkingGroupView view = WorkingGroupView.of("cc-working-group-" + UUID.randomUUID(), card, mode,
                    output.solutionPages(mode), output.text());
            return output.render(TEMPLATE, view, mode, GroupViews.WEB_RESOURCE);
        } catch (InvalidParameter | Refusal e) {
            return output.failure(e);
        }
    }

    /** The {@code key} parameter ({@code WG-n}), or the macro's unnamed default parameter. */
    static WorkingGroupKey key(MacroParameters p) {
        String raw = p.text("key").or(() -> p.text("0"))
                .orElseThrow(() -> new InvalidParameter("key", "connected-councils.macro.error.required"));
        return WorkingGroupKey.parse(raw)
                .orElseThrow(() -> new InvalidParameter("key", "connected-councils.macro.error.value", raw));
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
