package org.connectedcouncils.preview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.connectedcouncils.common.domain.Actor;
import org.connectedcouncils.council.domain.CouncilType;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.maturity.domain.MaturityLevel;
import org.connectedcouncils.maturity.domain.Nation;
import org.connectedcouncils.register.service.ServiceAreaCatalogue;
import org.connectedcouncils.testing.PropertiesMessages;

/** What the preview's maturity page needs: the filter's choices and the councils the user may act for. */
final class PreviewMaturityForms {

    private PreviewMaturityForms() {
    }

    static Map<String, Object> context(Actor actor, CouncilDirectory councils, ServiceAreaCatalogue areas,
            PreviewText text, String type, String nation) {
        PropertiesMessages messages = new PropertiesMessages();
        List<Map<String, String>> all = councils.all().stream()
                .map(c -> Map.of("code", c.code().value(), "name", c.name())).toList();
        List<Map<String, String>> mine = all.stream()
                .filter(c -> actor.admin() || actor.editorOf().stream().anyMatch(e -> e.value().equals(c.get("code"))))
                .toList();
        Map<String, Object> context = new HashMap<>();
        context.put("text", text);
        context.put("signedIn", !actor.isAnonymous());
        context.put("mayAct", !mine.isEmpty());
        context.put("councils", all);
        context.put("mine", mine);
        context.put("areas", areas.all().stream().filter(a -> !a.retired())
                .map(a -> Map.of("code", a.code(), "name", a.name())).toList());
        context.put("levels", Arrays.stream(MaturityLevel.values()).map(l -> Map.of("number",
                String.valueOf(l.number()), "name", messages.text(l.nameKey()),
                "description", messages.text(l.descriptionKey()))).toList());
        context.put("types", Arrays.stream(CouncilType.values()).map(t -> Map.of("code", t.code(), "name",
                messages.text("connected-councils.admin.councilType." + t.code()),
                "selected", String.valueOf(t.code().equals(type)))).toList());
        context.put("nations", Arrays.stream(Nation.values()).map(n -> Map.of("code", n.code(), "name",
                messages.text(n.nameKey()), "selected", String.valueOf(n.code().equals(nation)))).toList());
        context.put("today", LocalDate.now(ZoneOffset.UTC).toString());
        return context;
    }
}
