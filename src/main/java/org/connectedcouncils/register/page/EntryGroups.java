package org.connectedcouncils.register.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.macro.SolutionPages;
import org.connectedcouncils.common.macro.Views;
import org.connectedcouncils.register.macro.RegisterText;
import org.connectedcouncils.register.service.LinkingGroups.LinkingGroup;

/**
 * The entry page's "Working groups" section: each group that links the entry with its status, linked to its project
 * page when it has one; the number of further groups when there are more than one page of them.
 */
final class EntryGroups {

    static final String PREFIX = "connected-councils.entry.groups.";

    private EntryGroups() {
    }

    static Optional<EntryPageView.Section> section(Page<LinkingGroup> groups, SolutionPages pages, RegisterText text) {
        if (groups.items().isEmpty()) {
            return Optional.empty();
        }
        List<Views.Fact> facts = new ArrayList<>();
        List<Views.Link> links = new ArrayList<>();
        for (LinkingGroup g : groups.items()) {
            String status = text.text("connected-councils.workinggroup.status." + g.status());
            String label = text.text(PREFIX + "item", g.name(), g.key(), status);
            if (g.projectPageId() == null) {
                facts.add(new Views.Fact(g.name(), text.text(PREFIX + "noPage", g.key(), status)));
            } else {
                links.add(new Views.Link(label, pages.confluencePage(g.projectPageId())));
            }
        }
        List<EntryPageView.Text> more = new ArrayList<>();
        long hidden = groups.total() - groups.items().size();
        if (hidden > 0) {
            more.add(new EntryPageView.Text(text.text(PREFIX + "more", hidden), List.of()));
        }
        return Optional.of(new EntryPageView.Section("groups", text.text(PREFIX + "heading"), facts, more, links,
                List.of()));
    }
}
