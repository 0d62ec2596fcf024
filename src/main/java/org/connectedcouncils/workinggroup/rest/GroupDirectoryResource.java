package org.connectedcouncils.workinggroup.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;

import org.connectedcouncils.common.domain.FieldError;
import org.connectedcouncils.common.domain.ValidationException;
import org.connectedcouncils.common.macro.InvalidParameter;
import org.connectedcouncils.common.macro.MacroOutput;
import org.connectedcouncils.common.macro.OutputMode;
import org.connectedcouncils.common.rest.ErrorCodes;
import org.connectedcouncils.common.rest.ResponseStatuses;
import org.connectedcouncils.workinggroup.macro.GroupDirectoryMacro;
import org.connectedcouncils.workinggroup.macro.GroupDirectoryRequest;
import org.connectedcouncils.workinggroup.macro.GroupDirectoryView;
import org.connectedcouncils.workinggroup.service.WorkingGroupQueries;

/**
 * The group directory as HTML: {@code GET /working-groups.html} takes the {@code cc-working-groups} macro's filters
 * (same names) and renders the directory with the macro's template, escaped the same way; the macro's script swaps
 * in its list part, so the filters in a shared address show the same list.
 */
@Path("working-groups.html")
@LicensedOnly
public class GroupDirectoryResource {

    private final WorkingGroupQueries queries;
    private final MacroOutput output;

    @Inject
    public GroupDirectoryResource(WorkingGroupQueries queries, MacroOutput output) {
        this.queries = queries;
        this.output = output;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + "; charset=utf-8")
    @LicensedOnly
    @ResponseStatuses({200, 400, 401})
    public String directory(@Context UriInfo uri) throws MacroExecutionException {
        Map<String, String> raw = new HashMap<>();
        for (Map.Entry<String, List<String>> e : uri.getQueryParameters().entrySet()) {
            if (!GroupDirectoryRequest.NAMES.contains(e.getKey())) {
                throw ValidationException.of(FieldError.of(e.getKey(), ErrorCodes.UNKNOWN_FIELD));
            }
            raw.put(e.getKey(), e.getValue().isEmpty() ? "" : e.getValue().get(0));
        }
        try {
            GroupDirectoryView view = GroupDirectoryMacro.view(queries, GroupDirectoryRequest.parse(raw),
                    OutputMode.INTERACTIVE, output, "cc-working-groups-list");
            return output.fragment(GroupDirectoryView.TEMPLATE, view);
        } catch (InvalidParameter bad) {
            throw ValidationException.of(FieldError.of(bad.parameter(), bad.reasonKey(), bad.args()));
        }
    }
}
