package org.connectedcouncils.register.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.connectedcouncils.register.domain.PubliccodeSync;
import org.connectedcouncils.register.domain.SolutionKey;

/** Storage of the entries' publiccode.yml sync URLs and last results (one row per entry that names a URL). */
public interface PubliccodeSyncStore {

    Optional<PubliccodeSync> find(SolutionKey key);

    /** Names the entry's URL (its result back to never tried), or with null forgets the entry's sync. */
    void setUrl(SolutionKey key, String url);

    /** Records a sync's result and problems at {@code at}; nothing when the entry no longer names a URL. */
    void record(SolutionKey key, Instant at, PubliccodeSync.Result result, List<PubliccodeSync.Problem> problems);

    /** Up to {@code limit} entries naming a URL, least recently tried first (never tried first of all). */
    List<PubliccodeSync> due(int limit);
}
