package org.connectedcouncils.register.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.Solution;
import org.connectedcouncils.register.macro.RegisterText;

/**
 * The publiccode.yml part of an entry's page: where the entry syncs from, when it last synced and how, and every
 * problem with its line (for everyone who may see the entry); the URL form and "Sync now" for those who may edit
 * it. An entry that names no URL shows the part to its editors only (with the empty form).
 */
public record SyncPanelView(
        String id,
        String restPath,
        List<Views.Fact> facts,
        List<String> problemHeadings,
        List<String> problems,
        List<Views.Option> forms,
        List<Views.Option> syncButtons,
        List<Views.Option> scriptTexts) {

    static final String SYNC = "connected-councils.entry.sync.";

    /** The part for this entry and reader; empty when there is nothing to show them. */
    static Optional<SyncPanelView> of(String pageId, String restPath, Solution s, Optional<PubliccodeSync> sync,
            boolean edit, RegisterText text) {
        if (sync.isEmpty() && !edit) {
            return Optional.empty();
        }
        List<Views.Fact> facts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        sync.ifPresent(state -> {
            facts.add(new Views.Fact(text.text(SYNC + "url"), state.url()));
            facts.add(new Views.Fact(text.text(SYNC + "last"), state.lastSynced() == null
                    ? text.text(SYNC + "never") : text.text(SYNC + "lastValue", text.date(state.lastSynced()),
                            text.text(SYNC + "result." + state.result().code()))));
            for (PubliccodeSync.Problem p : state.problems()) {
                String message = text.text(p.code(), p.arguments().toArray());
                problems.add(p.line() > 0 ? text.text(SYNC + "problem.line", String.valueOf(p.line()),
                        p.field(), message) : p.field().isEmpty() ? message
                        : text.text(SYNC + "problem.key", p.field(), message));
            }
        });
        List<Views.Option> forms = edit ? List.of(new Views.Option(sync.map(PubliccodeSync::url).orElse(""),
                text.text(SYNC + "save"))) : List.of();
        List<Views.Option> buttons = edit && sync.isPresent()
                ? List.of(new Views.Option("run", text.text(SYNC + "now"))) : List.of();
        List<Views.Option> texts = new ArrayList<>();
        for (String name : List.of("saved", "synced", "error", "working")) {
            texts.add(new Views.Option(name, text.text(SYNC + "script." + name)));
        }
        List<String> headings = problems.isEmpty() ? List.of() : List.of(text.text(SYNC + "problems",
                String.valueOf(problems.size())));
        return Optional.of(new SyncPanelView(pageId + "-sync", restPath + "/" + s.key() + "/publiccode-sync", facts,
                headings, problems, forms, buttons, texts));
    }
}
