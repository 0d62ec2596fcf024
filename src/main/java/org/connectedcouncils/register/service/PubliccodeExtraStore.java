package org.connectedcouncils.register.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.register.domain.PubliccodeExtra;
import org.connectedcouncils.register.domain.SolutionKey;

/** Storage of the publiccode.yml data an entry carries beyond the register's own fields (one row per entry). */
public interface PubliccodeExtraStore {

    /** Inserts or replaces the entry's extras. */
    PubliccodeExtra save(PubliccodeExtra extra);

    Optional<PubliccodeExtra> find(SolutionKey key);

    /** The extras of the given entries (entries without any are left out), one query per 1,000 entries. */
    Map<SolutionKey, PubliccodeExtra> findAll(Collection<SolutionKey> keys);
}
