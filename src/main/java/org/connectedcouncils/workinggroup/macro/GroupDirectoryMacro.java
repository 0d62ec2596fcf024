package org.connectedcouncils.workinggroup.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;

import org.connectedcouncils.common.macro.BlockMacro;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.MacroParameters;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries.GroupDirectory;

/**
 * {@code cc-working-groups}: the directory of working groups with filters, word search, counts per status, sort and
 * paging. The server renders the list the parameters ask for; on screen the script keeps the filters in the address
 * and swaps in the list the server renders for them ({@code GET /working-groups.html}); exports are a static table.
 */
public final class GroupDirectoryMacro extends BlockMacro<GroupDirectoryRequest> {

    private final WorkingGroupQueries queries;

    public GroupDirectoryMacro(WorkingGroupQueries queries, MacroOutput output) {
        super(output);
        this.queries = queries;
    }

    @Override
    protected GroupDirectoryRequest request(MacroParameters parameters, ConversionContext context) {
        return GroupDirectoryRequest.parse(parameters);
    }

    @Override
    protected String render(GroupDirectoryRequest request, OutputMode mode) throws MacroExecutionException {
        GroupDirectoryView view = view(queries, request, mode, output, elementId("cc-working-groups"));
        return mode.isInteractive() ? output.render(GroupDirectoryView.TEMPLATE, view, mode, GroupViews.WEB_RESOURCE)
                : output.render(GroupDirectoryView.STATIC_TEMPLATE, view, mode);
    }

    /** The directory's view for this request and output, its filters checked: shared with the REST list. */
    public static GroupDirectoryView view(WorkingGroupQueries queries, GroupDirectoryRequest request, OutputMode mode,
            MacroOutput output, String id) {
        GroupDirectory directory = queries.directory(request.query(mode), request.mine());
        request.checkFilters(directory.serviceAreas(), directory.councils());
        return GroupDirectoryView.of(id, request, directory, GroupPages.of(output.solutionPages(mode)), output.text());
    }
}
