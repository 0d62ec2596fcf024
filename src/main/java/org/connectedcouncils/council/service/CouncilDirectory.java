package org.connectedcouncils.council.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.connectedcouncils.council.domain.Council;
import org.connectedcouncils.common.domain.CouncilCode;
import org.connectedcouncils.common.domain.Page;
import org.connectedcouncils.common.domain.PageRequest;

/** Storage of the council directory. */
public interface CouncilDirectory {

    Optional<Council> find(CouncilCode code);

    /** The councils with the given codes (unknown codes are left out), read in one query. */
    Map<CouncilCode, Council> findAll(Collection<CouncilCode> codes);

    /** Councils ordered by name; {@code text} (nullable) matches the start of a word of the name or the code. */
    Page<Council> list(String text, PageRequest page);

    /** Adds a council, or replaces the one with the same code. */
    Council save(Council council);
}
