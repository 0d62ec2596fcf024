package org.connectedcouncils.testing;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.notify.service.CouncilHomePages;

/** {@link CouncilHomePages} without Confluence: the councils given a space, each with its home page id. */
public final class LocalCouncilHomePages implements CouncilHomePages {

    private final Map<CouncilCode, Long> homes = new ConcurrentHashMap<>();

    /** {@code council} has a space named after its code, whose home page is {@code pageId}. */
    public LocalCouncilHomePages withSpace(CouncilCode council, long pageId) {
        homes.put(council, pageId);
        return this;
    }

    @Override
    public Map<CouncilCode, Long> of(Collection<CouncilCode> councils) {
        Map<CouncilCode, Long> found = new ConcurrentHashMap<>();
        councils.stream().filter(homes::containsKey).forEach(c -> found.put(c, homes.get(c)));
        return found;
    }

    /** The council whose space has {@code pageId} as its home page, if any. */
    public Optional<CouncilCode> councilOf(long pageId) {
        return homes.entrySet().stream().filter(e -> e.getValue() == pageId).map(Map.Entry::getKey).findFirst();
    }
}
