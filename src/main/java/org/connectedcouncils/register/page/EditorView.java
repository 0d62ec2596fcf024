package org.connectedcouncils.register.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.connectedcouncils.common.domain.Coded;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.register.domain.BudgetBand;
import org.connectedcouncils.register.domain.CollaborationOffer;
import org.connectedcouncils.register.domain.Hosting;
import org.connectedcouncils.register.domain.MaintenanceType;
import org.connectedcouncils.register.domain.Phase;
import org.connectedcouncils.register.domain.ProcurementRoute;
import org.connectedcouncils.register.domain.ServiceArea;
import org.connectedcouncils.register.domain.SoftwareType;
import org.connectedcouncils.register.domain.SolutionKind;
import org.connectedcouncils.register.domain.SupportLevel;
import org.connectedcouncils.register.macro.RegisterText;

/**
 * The entry editor: the choices of every select and checkbox group, and where the script sends the entry (the app's
 * REST API) and goes after saving. The values themselves are read by the script from the REST API (an edit) or left
 * empty (a new draft), so the form shows exactly what a save would send, and a failed save keeps what was typed.
 */
public record EditorView(
        String id,
        String mode,
        String key,
        String heading,
        String saveLabel,
        String restPath,
        String similarPath,
        String entryPattern,
        String cancelHref,
        List<Views.Option> owners,
        List<Views.Option> kinds,
        List<Views.Option> phases,
        List<Views.Option> serviceAreas,
        List<Views.Option> offers,
        List<Views.Option> softwareTypes,
        List<Views.Option> maintenance,
        List<Views.Option> budgetBands,
        List<Views.Option> supportLevels,
        List<Views.Option> procurementRoutes,
        List<Views.Option> hostingOptions,
        List<Views.Option> dpiaChoices,
        List<Views.Link> importLinks,
        List<Views.Option> scriptTexts) {

    static final String PREFIX = "connected-councils.editor.";
    /** Labels of the publiccode.yml vocabularies the register has no label for elsewhere. */
    static final String VALUE = "connected-councils.value.";
    static final String REUSE = "connected-councils.solution.reuse.";

    /** Where things are. */
    record Addresses(String restPath, String similarPath, String entryPattern, String cancelHref, String importHref) {
    }

    static EditorView create(String id, List<Council> owners, List<ServiceArea> areas, Addresses at,
            RegisterText text) {
        return of(id, "create", "", text.text(PREFIX + "heading.create"), false, owners, areas, at,
                List.of(new Views.Link(text.text(PREFIX + "import"), at.importHref())), text);
    }

    static EditorView edit(String id, String key, String name, List<Council> owners, List<ServiceArea> areas,
            Addresses at, RegisterText text) {
        return of(id, "edit", key, text.text(PREFIX + "heading.edit", key, name), true, owners, areas, at,
                List.of(), text);
    }

    private static EditorView of(String id, String mode, String key, String heading, boolean edit,
            List<Council> owners, List<ServiceArea> areas, Addresses at, List<Views.Link> importLinks,
            RegisterText text) {
        return new EditorView(id, mode, key, heading, text.text(PREFIX + (edit ? "save.edit" : "save")),
                at.restPath(), at.similarPath(), at.entryPattern(),
                at.cancelHref(),
                owners.stream().map(c -> new Views.Option(c.code().value(), c.name())).toList(),
                Arrays.stream(SolutionKind.values()).map(k -> new Views.Option(k.code(), text.kind(k))).toList(),
                Arrays.stream(Phase.values()).filter(p -> edit || p != Phase.RETIRED)
                        .map(p -> new Views.Option(p.code(), text.phase(p))).toList(),
                areas.stream().filter(a -> !a.retired()).sorted(ServiceArea.byNameFor(text.welsh()))
                        .map(a -> new Views.Option(a.code(), a.nameFor(text.welsh()))).toList(),
                Arrays.stream(CollaborationOffer.values()).map(o -> new Views.Option(o.code(), text.offer(o)))
                        .toList(),
                labelled(SoftwareType.values(), "softwareType", text),
                labelled(MaintenanceType.values(), "maintenance", text),
                labelled(BudgetBand.values(), "budgetBand", text),
                Arrays.stream(SupportLevel.values()).map(v -> new Views.Option(v.code(), text.support(v))).toList(),
                Arrays.stream(ProcurementRoute.values()).map(v -> new Views.Option(v.code(), text.procurement(v)))
                        .toList(),
                Arrays.stream(Hosting.values()).map(v -> new Views.Option(v.code(), text.hosting(v))).toList(),
                List.of(new Views.Option("true", text.text(REUSE + "yes")),
                        new Views.Option("false", text.text(REUSE + "no"))),
                importLinks, scriptTexts(text));
    }

    private static List<Views.Option> labelled(Coded[] values, String vocabulary, RegisterText text) {
        return Arrays.stream(values)
                .map(v -> new Views.Option(v.code(), text.text(VALUE + vocabulary + "." + v.code()))).toList();
    }

    private static List<Views.Option> scriptTexts(RegisterText text) {
        List<Views.Option> out = new ArrayList<>();
        for (String name : List.of("saving", "saved", "invalid", "error", "conflict", "conflict-field",
                "conflict-theirs", "conflict-yours", "conflict-none", "loading", "not-number", "error-summary",
                "similar-title", "similar-none", "similar-owner", "similar-adopt")) {
            out.add(new Views.Option(name, text.text(PREFIX + "script." + name)));
        }
        return out;
    }
}
