package org.connectedcouncils.workinggroup.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/** {@code cc-working-group}: one working group's aim, partners, status and latest report, with a join button. */
public final class WorkingGroupMacro extends BlockMacro<WorkingGroupKey> {

    static final String TEMPLATE = "templates/workinggroup/working-group.vm";
    static final String UNKNOWN_GROUP = "connected-councils.workinggroup.macro.error.unknownGroup";
    static final PageRequest MEMBERS = new PageRequest(0, PageRequest.MAX_LIMIT);

    private final WorkingGroupQueries queries;

    public WorkingGroupMacro(WorkingGroupQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    /** The {@code key} parameter ({@code WG-n}), or the macro's unnamed default parameter. */
    @Override
    protected WorkingGroupKey request(MacroParameters parameters, ConversionContext context) {
        return parameters.required("key", WorkingGroupKey::parse);
    }

    @Override
    protected String render(WorkingGroupKey key, OutputMode mode) throws MacroExecutionException {
        WorkingGroupQueries.GroupCard card = found(() -> queries.card(key, MEMBERS), "key", UNKNOWN_GROUP,
                key.toString());
        WorkingGroupView view = WorkingGroupView.of(elementId("cc-working-group"), card, mode,
                output.solutionPages(mode), output.text());
        return output.render(TEMPLATE, view, mode, GroupViews.WEB_RESOURCE);
    }
}
