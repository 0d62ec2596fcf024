package org.connectedcouncils.council.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.council.domain.CouncilFilter;
import org.connectedcouncils.council.domain.CouncilsLike;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/** Storage of the council directory. */
public interface CouncilDirectory {

    Optional<Council> find(CouncilCode code);

    /** The councils with the given codes (unknown codes are left out), read in one query per 1,000 codes. */
    Map<CouncilCode, Council> findAll(Collection<CouncilCode> codes);

    /** Councils ordered by name; {@code text} (nullable) matches the start of a word of the name or the code. */
    Page<Council> list(String text, PageRequest page);

    /** As {@link #list(String, PageRequest)}, only the councils of {@code like} (null: every council). */
    Page<Council> list(String text, CouncilsLike like, PageRequest page);

    /**
     * The active councils (not retired, not ended) of {@code filter}, ordered by name, one page of them and their
     * count: two statements whatever the directory's size.
     */
    Page<Council> active(CouncilFilter filter, PageRequest page);

    /**
     * As {@link #active(CouncilFilter, PageRequest)}, among {@code among} only (the page query and its count carry a
     * {@code CODE IN (...)} condition); an empty set is an empty page without a statement.
     */
    Page<Council> active(CouncilFilter filter, Set<CouncilCode> among, PageRequest page);

    /**
     * The whole directory ordered by name, in one query, for choices that must offer every council (an owner, a
     * filter). A directory is the authorities of a few countries (398 in the bundled UK list), so it is read whole;
     * {@link #MAX_WHOLE} bounds the read should an installation ever hold more.
     */
    List<Council> all();

    /** The most councils {@link #all()} returns. */
    int MAX_WHOLE = 5_000;

    /** Adds a council, or replaces the one with the same code. */
    Council save(Council council);
}
