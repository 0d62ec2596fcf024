package org.connectedcouncils.register.page;

import java.util.ArrayList;
import java.util.List;

import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.macro.RegisterText;

/**
 * The publiccode.yml import page: a file or pasted text, the owner council and service areas the draft gets, a dry
 * run showing what will be filled in and every warning with its line, then the same import creating the draft.
 */
public record ImportPageView(
        String id,
        String restPath,
        String entryPattern,
        String editorHref,
        List<Views.Option> owners,
        List<Views.Option> serviceAreas,
        List<Views.Option> scriptTexts) {

    static final String PREFIX = "connected-councils.import.";
    /** The fields of a create body a dry run can show, each labelled like in the History. */
    static final List<String> FIELDS = List.of("name", "summary", "description", "kind", "phase", "ownerCouncil",
            "keyContact", "serviceAreas", "offers", "landingUrl", "repositoryUrl", "licence", "softwareType",
            "maintenance", "platforms", "categories", "budgetBand", "oneOffCost", "annualRunningCost",
            "annualSaving", "citizenOutcomes");

    static ImportPageView of(String id, String restPath, EditorView editor, String editorHref,
            RegisterText text) {
        List<Views.Option> texts = new ArrayList<>();
        for (String name : List.of("checking", "checked", "creating", "error", "line", "nothing", "field",
                "value", "warnings", "no-warnings", "too-large", "read-error", "will-fill")) {
            texts.add(new Views.Option(name, text.text(PREFIX + "script." + name)));
        }
        for (String field : FIELDS) {
            texts.add(new Views.Option("field-" + field, text.text(EntryPageView.FIELD + field)));
        }
        for (Views.Option o : editor.scriptTexts()) {
            if (o.value().startsWith("error")) {
                texts.add(new Views.Option("editor-" + o.value(), o.label()));
            }
        }
        return new ImportPageView(id, restPath, editor.entryPattern(), editorHref, editor.owners(),
                editor.serviceAreas(), texts);
    }
}
