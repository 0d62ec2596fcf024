package org.connectedcouncils.notify.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.council.service.CouncilDirectory;
import org.connectedcouncils.notify.domain.WatchTarget;
import org.connectedcouncils.register.domain.SolutionKey;
import org.connectedcouncils.register.service.SolutionRegister;
import org.connectedcouncils.workinggroup.domain.WorkingGroupKey;
import org.connectedcouncils.workinggroup.service.WorkingGroups;

/**
 * The names of watched councils, working groups and entries, one batch read per type whatever the number of
 * watches; a thing that no longer exists (or an entry the reader may not see) is left out, so callers show its key.
 */
public final class WatchedNames {

    /**
     * A watched thing's name, and the Confluence page it lives on: a group's project page, a council's space home
     * page (null for an entry, a group without a project page or a council without a space).
     */
    public record Named(String name, Long pageId) {
    }

    private final CouncilDirectory councils;
    private final WorkingGroups groups;
    private final SolutionRegister solutions;
    private final CouncilHomePages homePages;

    public WatchedNames(CouncilDirectory councils, WorkingGroups groups, SolutionRegister solutions,
            CouncilHomePages homePages) {
        this.councils = councils;
        this.groups = groups;
        this.solutions = solutions;
        this.homePages = homePages;
    }

    /** The councils, groups and entries among {@code targets} that exist, by target (service areas left out). */
    public Map<WatchTarget, Named> of(Collection<WatchTarget> targets) {
        Map<WatchTarget, Named> named = new HashMap<>();
        Map<CouncilCode, WatchTarget> councilKeys = keys(targets, WatchTarget.Type.COUNCIL, CouncilCode::parse);
        if (!councilKeys.isEmpty()) {
            Map<CouncilCode, Long> homes = homePages.of(councilKeys.keySet());
            councils.findAll(councilKeys.keySet()).forEach((code, c) ->
                    named.put(councilKeys.get(code), new Named(c.name(), homes.get(code))));
        }
        Map<WorkingGroupKey, WatchTarget> groupKeys = keys(targets, WatchTarget.Type.GROUP, WorkingGroupKey::parse);
        if (!groupKeys.isEmpty()) {
            groups.findAll(groupKeys.keySet()).forEach((key, g) ->
                    named.put(groupKeys.get(key), new Named(g.details().name(), g.projectPageId())));
        }
        Map<SolutionKey, WatchTarget> entryKeys = keys(targets, WatchTarget.Type.ENTRY, SolutionKey::parse);
        if (!entryKeys.isEmpty()) {
            solutions.findVisible(entryKeys.keySet()).forEach((key, s) ->
                    named.put(entryKeys.get(key), new Named(s.content().name(), null)));
        }
        return named;
    }

    private static <K> Map<K, WatchTarget> keys(Collection<WatchTarget> targets, WatchTarget.Type type,
            Function<String, Optional<K>> parse) {
        Map<K, WatchTarget> keys = new HashMap<>();
        targets.stream().filter(t -> t.type() == type)
                .forEach(t -> parse.apply(t.key()).ifPresent(k -> keys.put(k, t)));
        return keys;
    }
}
