package org.connectedcouncils.notify.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;
import org.connectedcouncils.notify.domain.Watch;
import org.connectedcouncils.notify.domain.WatchTarget;

/** Stored watches; one row per person and thing (a second watch of the same thing is a no-op). */
public interface WatchStore {

    /** Adds the watch unless it exists; answers whether it was added. */
    boolean watch(String userKey, WatchTarget target, Instant at);

    /** Removes the watch; answers whether there was one. */
    boolean unwatch(String userKey, WatchTarget target);

    /** Which of {@code targets} the person watches (one statement). */
    Set<WatchTarget> watched(String userKey, Collection<WatchTarget> targets);

    Page<Watch> watches(String userKey, PageRequest page);

    int count(String userKey);

    /** Everyone watching any of {@code targets}, each with the targets they watch (one statement). */
    Map<String, List<WatchTarget>> watchers(Collection<WatchTarget> targets);
}
