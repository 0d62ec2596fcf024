package org.connectedcouncils.workinggroup.blueprint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * Fills the project-page content template when Confluence renders the blueprint itself. With a {@code groupKey}
 * in the wizard data (a group that already exists), the variables come from the stored group, so the page shows
 * that group; otherwise from the wizard's own fields, with no group key. Values go in as plain text: Confluence
 * escapes {@code at:var} values.
 */
public final class WorkingGroupContextProvider extends AbstractBlueprintContextProvider {

    /** Wizard form fields (see the wizard's Soy template). */
    static final String FIELD_SERVICE_AREA = "serviceArea";

    private final WorkingGroups groups;

    public WorkingGroupContextProvider(WorkingGroups groups) {
        this.groups = groups;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        Map<String, String> variables = WorkingGroupKey.parse(text(context, ProjectPageTemplate.GROUP_KEY))
                .map(groups::get)
                .map(ProjectPageTemplate::variables)
                .orElseGet(() -> fromWizard(context));
        variables.forEach(context::put);
        context.setTitle(variables.get(ProjectPageTemplate.NAME));
        return context;
    }

    private static Map<String, String> fromWizard(BlueprintContext context) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(ProjectPageTemplate.GROUP_KEY, "");
        for (String field : new String[] {ProjectPageTemplate.NAME, ProjectPageTemplate.AIM,
                ProjectPageTemplate.LEAD_COUNCIL, ProjectPageTemplate.MODEL, ProjectPageTemplate.CADENCE,
                ProjectPageTemplate.EXIT_CRITERIA}) {
            vars.put(field, Optional.ofNullable(text(context, field)).orElse(""));
        }
        vars.put(ProjectPageTemplate.SERVICE_AREAS, Optional.ofNullable(text(context, FIELD_SERVICE_AREA))
                .orElse(""));
        return vars;
    }

    private static String text(BlueprintContext context, String key) {
        Object value = context.get(key);
        return value == null ? null : value.toString().trim();
    }
}
